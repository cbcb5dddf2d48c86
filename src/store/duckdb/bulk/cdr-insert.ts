import type { CdrBulkPlan } from '../../../ingest/index.js';
import type { Db } from '../db.js';
import { stagedEventViewsSql } from '../staging-tables.js';
import { callParties, deriveIdSql, evWide } from './cdr-sql.js';
import { lit } from './sql-text.js';

/**
 * Copies the rejected rows of `bk_ev` into `stg_rejects`, with their line's text from `bk_lines`: the last
 * statement that reads the lines, so they can be dropped before the wide statements that follow.
 */
export async function insertRejects(db: Db, plan: CdrBulkPlan): Promise<void> {
  // The planner keeps the build side as written here (see the bulk stage): the few rejected rows go on the
  // right of each join, so the hash tables hold them and not the whole file.
  await db.run(`
    INSERT INTO stg_rejects
    SELECT e.line_no, nullif(split_part(e.err, '|', 2), ''), split_part(e.err, '|', 1), NULL,
           ${plan.lineColumn ? `array_to_string(string_split(l.line, ${lit(plan.delimiter)})[2:], ${lit(plan.joiner)})` : 'l.line'}
    FROM bk_lines l
      JOIN (SELECT r.src, e.line_no, e.err FROM bk_rows r
              JOIN (SELECT line_no, err FROM bk_ev WHERE err IS NOT NULL) e USING (line_no)) e ON l.rowid = e.src`);
}

/**
 * Stages `bk_ev`: its events are added to the staged-events views (they stay in `bk_ev` and its maps until the
 * merge, never copied into `stg_events`: at 10M rows that copy cost a wide write and two reads), its
 * first-seen entities and its `uses` links are inserted.
 */
export async function insertFromRowTable(db: Db, plan: CdrBulkPlan): Promise<void> {
  const isAB = plan.columns.aParty !== undefined;
  const dump = plan.dumpId === undefined ? 'NULL::VARCHAR' : lit(plan.dumpId);
  const servedFrom = `(dir IS DISTINCT FROM 'mt')`;
  const { fromId, toId } = callParties(plan);
  const prop = (k: string, v: string): string =>
    `CASE WHEN ${v} IS NOT NULL THEN '"${k}":' || to_json(${v}) END`;
  const props = `'{' || concat_ws(',', ${prop('cell_end', 'ce_key')}, ${prop('cell_raw', 'CASE WHEN cell_code IS NOT NULL THEN cell_raw END')},
      ${prop('cell_code', 'cell_code')}, ${prop('imei_raw', 'CASE WHEN imei_code IS NOT NULL THEN imei_raw END')},
      ${prop('imei_code', 'imei_code')}, ${prop('imsi_raw', 'CASE WHEN imsi_code IS NOT NULL THEN imsi_raw END')},
      ${prop('imsi_code', 'imsi_code')}) || '}'`;
  const side = (party: 'from' | 'to', v: string): string =>
    `CASE WHEN ${party === 'from' ? '' : 'NOT '}${servedFrom} THEN ${v} END`;
  // Cast to the staging table's types: the views are a UNION ALL with it, by position.
  const events = (where?: string): string => `
    SELECT id, kind, t_ms, dur::INTEGER, ${fromId}, ${toId}, NULL::VARCHAR, ${dump}, ${props},
           ${side('from', 'cell_key')}, ${side('from', 'imei_key')}, ${side('from', 'imsi_key')},
           ${side('to', 'cell_key')}, ${side('to', 'imei_key')}, ${side('to', 'imsi_key')},
           traw, tzone, flag, NULL::VARCHAR, line_no, NULL::VARCHAR
    FROM ${evWide(where)}`;
  const sources = `SELECT id, line_no, NULL::VARCHAR, traw, tzone, flag, NULL::VARCHAR FROM bk_ev WHERE err IS NULL`;
  await db.run(stagedEventViewsSql({ events, sources }));
  // One source row per entity per import: its first sighting (the row path keeps the same one). Grouped
  // on the narrow map rowids first, so only distinct values are joined to their answers.
  const firstSeen = (ref: string, ord: string, extra = ''): string =>
    `SELECT ${ref} AS vref, min(line_no * 4 + ${ord}) o FROM bk_ev WHERE err IS NULL ${extra} GROUP BY 1`;
  await db.run(`
    INSERT INTO stg_entities
    SELECT id, kind, k, k, NULL, '{}', arg_min(raw, o), NULL, min(o) // 4, NULL FROM (
      SELECT m.id, 'phone' kind, m.key k, m.raw, min(f.o) o
        FROM (${firstSeen('pa', '0')} UNION ALL ${firstSeen('pb', '1', 'AND pb IS NOT NULL')}) f
        JOIN mp_phone m ON m.rowid = f.vref GROUP BY ALL
      UNION ALL SELECT m.id, 'device', m.key, m.raw, f.o
        FROM (${firstSeen('im', '2', 'AND im IS NOT NULL')}) f JOIN mp_imei m ON m.rowid = f.vref WHERE m.id IS NOT NULL
      UNION ALL SELECT m.id, 'sim', m.key, m.raw, f.o
        FROM (${firstSeen('ims', '3', 'AND ims IS NOT NULL')}) f JOIN mp_imsi m ON m.rowid = f.vref WHERE m.id IS NOT NULL
    ) GROUP BY id, kind, k`);
  const servedRef = isAB ? `CASE WHEN ${servedFrom} THEN pa ELSE pb END` : 'pa';
  await db.run(`
    INSERT INTO stg_links
    SELECT ${deriveIdSql('lnk', [`'uses'`, 'src', 'dst'])}, 'uses', src, dst, 'fact', NULL, NULL, '{}', NULL, min(line_no), NULL
    FROM (SELECT p.id src, m.id dst, u.line_no
            FROM (SELECT ${servedRef} sref, im AS vref, min(line_no) line_no FROM bk_ev WHERE err IS NULL AND im IS NOT NULL GROUP BY 1, 2) u
            JOIN mp_phone p ON p.rowid = u.sref JOIN mp_imei m ON m.rowid = u.vref
          UNION ALL
          SELECT p.id, m.id, u.line_no
            FROM (SELECT ${servedRef} sref, ims AS vref, min(line_no) line_no FROM bk_ev WHERE err IS NULL AND ims IS NOT NULL GROUP BY 1, 2) u
            JOIN mp_phone p ON p.rowid = u.sref JOIN mp_imsi m ON m.rowid = u.vref)
    WHERE src IS NOT NULL AND dst IS NOT NULL GROUP BY src, dst`);
}
