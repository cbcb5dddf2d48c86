import type {
  ActivityCell,
  CellSite,
  CellStopRow,
  DwellQuery,
  DwellRow,
  TimeWindow,
} from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, numOrNull, str, strOrNull } from './rows.js';
import { idLit, intLit, textList, windowSql, zoneLit } from './sql-values.js';

/** Events of a party by ISO weekday and hour, in the named zone. */
export async function activityOf(
  db: Db,
  party: string,
  window: TimeWindow,
  zone: string,
): Promise<ActivityCell[]> {
  const rows = await db.all(
    `SELECT isodow(lt) AS weekday, hour(lt) AS hour, count(*) AS n
     FROM (SELECT timezone(${zoneLit(zone)}, t) lt FROM legs WHERE party = ${idLit(party)}${windowSql('t', window)})
     GROUP BY ALL ORDER BY weekday, hour`,
  );
  return rows.map((r) => ({ weekday: num(r.weekday), hour: num(r.hour), n: num(r.n) }));
}

/** A party's consecutive sightings at one cell collapsed into stops, in time order (gaps and islands). */
export async function cellStopsOf(
  db: Db,
  party: string,
  window: TimeWindow,
  limit: number,
): Promise<CellStopRow[]> {
  const rows = await db.all(
    `WITH l AS (SELECT t, cell, event_id FROM legs
                WHERE party = ${idLit(party)} AND cell IS NOT NULL${windowSql('t', window)}),
          m AS (SELECT *, CASE WHEN cell IS DISTINCT FROM lag(cell) OVER w THEN 1 ELSE 0 END brk FROM l
                WINDOW w AS (ORDER BY t, event_id)),
          g AS (SELECT *, sum(brk) OVER (ORDER BY t, event_id) grp FROM m)
     SELECT any_value(cell) cell, epoch_ms(min(t)) from_ms, epoch_ms(max(t)) to_ms, count(*) n,
            first(event_id ORDER BY t, event_id) first_event
     FROM g GROUP BY grp ORDER BY grp LIMIT ${intLit(limit)}`,
  );
  return rows.map((r) => ({
    cell: str(r.cell),
    fromMs: num(r.from_ms),
    toMs: num(r.to_ms),
    n: num(r.n),
    firstEvent: str(r.first_event),
  }));
}

/** Sightings per cell split into night (`[start, end)` local hours, wrapping midnight) and day. */
export async function dwellOf(db: Db, q: DwellQuery): Promise<DwellRow[]> {
  const [start, end] = q.nightHours.map(intLit);
  const night = `(hour(lt) >= ${start} OR hour(lt) < ${end})`;
  const rows = await db.all(
    `SELECT cell, CASE WHEN ${night} THEN 'night' ELSE 'day' END AS period, count(*) AS n, count(DISTINCT lt::DATE) AS days
     FROM (SELECT cell, timezone(${zoneLit(q.zone)}, t) lt FROM legs
           WHERE party = ${idLit(q.party)} AND cell IS NOT NULL${windowSql('t', q.window)})
     GROUP BY ALL ORDER BY n DESC, days DESC, cell, period`,
  );
  return rows.map((r) => ({
    cell: str(r.cell),
    period: str(r.period) as DwellRow['period'],
    n: num(r.n),
    days: num(r.days),
  }));
}

/** Registry rows for the given cell keys (the first registered row of each). */
export async function cellSitesOf(db: Db, keys: readonly string[]): Promise<CellSite[]> {
  if (keys.length === 0) return [];
  const rows = await db.all(
    `SELECT key, first(lat ORDER BY import_id, row_no) AS lat, first(lon ORDER BY import_id, row_no) AS lon,
            first(azimuth ORDER BY import_id, row_no) AS azimuth, first(beam ORDER BY import_id, row_no) AS beam,
            first(range_m ORDER BY import_id, row_no) AS range_m, first(radio ORDER BY import_id, row_no) AS radio,
            first(label ORDER BY import_id, row_no) AS label
     FROM cells WHERE key IN ${textList(keys)} GROUP BY key ORDER BY key`,
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
