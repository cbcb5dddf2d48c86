import type { CellSite } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { numOrNull, str, strOrNull } from './rows.js';
import { textList } from './sql-values.js';

/** Registry rows for the given cell keys (the first registered row of each). */
export async function cellSitesOf(db: Db, keys: readonly string[]): Promise<CellSite[]> {
  return keys.length === 0 ? [] : cellSitesWhere(db, `key IN ${textList(keys)}`);
}

/** Registry rows (the first registered row of each key) for the keys matching a trusted SQL predicate. */
export async function cellSitesWhere(db: Db, predicate: string): Promise<CellSite[]> {
  const rows = await db.all(
    `SELECT key, first(lat ORDER BY import_id, row_no) AS lat, first(lon ORDER BY import_id, row_no) AS lon,
            first(azimuth ORDER BY import_id, row_no) AS azimuth, first(beam ORDER BY import_id, row_no) AS beam,
            first(range_m ORDER BY import_id, row_no) AS range_m, first(radio ORDER BY import_id, row_no) AS radio,
            first(label ORDER BY import_id, row_no) AS label
     FROM cells WHERE ${predicate} GROUP BY key ORDER BY key`,
  );
  return rows.map((r) => ({
    key: str(r.key),
    lat: numOrNull(r.lat),
    lon: numOrNull(r.lon),
    azimuth: numOrNull(r.azimuth),
    beam: numOrNull(r.beam),
    rangeM: numOrNull(r.range_m),
    radio: strOrNull(r.radio),
    label: strOrNull(r.label),
  }));
}
