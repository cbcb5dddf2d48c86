import type { CdrBulkPlan } from '../../../ingest/index.js';
import type { Db } from '../db.js';
import { blank, lit } from './sql-text.js';

const US = 'chr(31)';

/** `prefix_` + first 24 hex of sha256 of parts joined by U+001F: model/ids.ts `deriveId`, in SQL. */
export function deriveIdSql(prefix: string, parts: readonly string[]): string {
  return `'${prefix}_' || substr(sha256(concat_ws(${US}, ${parts.join(', ')})), 1, 24)`;
}

/**
 * The caller's and the callee's ids, from the row's `a_id`, `b_id` and `dir`: an A/B layout names them in
 * that order; a target layout's direction says which of the two called.
 */
export function callParties(plan: CdrBulkPlan): { fromId: string; toId: string } {
  const aCalls = `(${plan.columns.aParty !== undefined} OR dir = 'mo')`;
  return {
    fromId: `CASE WHEN ${aCalls} THEN a_id ELSE b_id END`,
    toId: `CASE WHEN ${aCalls} THEN b_id ELSE a_id END`,
  };
}

/** A role's raw text as the row rules read it: a missing field is empty; an unmapped role stays NULL. */
function fld(i: number | undefined, col: string): string {
  return i === undefined ? 'NULL::VARCHAR' : `coalesce(${col}, '')`;
}

/**
 * Builds `bk_ev`: every row with its time, type, duration, the code of its first failing rule (row-rules.ts),
 * its event id if it has none, and, for each mapped value, the rowid of its `mp_*` answer (NULL where the row
 * has none). Kept narrow:
 * `evWide` joins the answers back on those integers for the statements that need them.
 */
export async function buildRowTable(db: Db, plan: CdrBulkPlan): Promise<void> {
  const c = plan.columns;
  const isAB = c.aParty !== undefined;
  const timeField = c.start === undefined ? `'date'` : `'start'`;
  const aField = isAB ? `'aParty'` : `'target'`;
  const bField = isAB ? `'bParty'` : `'other'`;
  const dirPresent = c.direction === undefined ? 'false' : `NOT ${blank('r.dir_raw')}`;
  const typePresent = c.type === undefined ? 'false' : `NOT ${blank('r.type_raw')}`;
  const durPresent = c.duration === undefined ? 'false' : `NOT ${blank('r.dur_raw')}`;
  const err = `CASE
      WHEN r.local_ms IS NULL AND r.is_footer THEN 'CDR_FOOTER_ROW|'
      WHEN r.is_bad_count THEN 'CDR_BAD_FIELD_COUNT|'
      WHEN r.local_ms IS NULL THEN 'CDR_BAD_TIMESTAMP|' || ${timeField}
      WHEN r.off_min IS NULL AND ${plan.zone === undefined ? 'true' : 'false'} THEN 'CDR_TZ_REQUIRED|' || ${timeField}
      WHEN pa.st = 'withheld' OR pa.st IS NULL THEN 'CDR_MISSING_NUMBER|' || ${aField}
      WHEN pa.st <> 'ok' THEN pa.st || '|' || ${aField}
      WHEN NOT ${blank('r.b_raw')} AND pb.st NOT IN ('ok', 'withheld') THEN pb.st || '|' || ${bField}
      WHEN ${dirPresent} AND td.dir IS NULL AND td.kind IS NULL THEN 'CDR_BAD_DIRECTION|direction'
      WHEN ${typePresent} AND tt.dir IS NULL AND tt.kind IS NULL THEN 'CDR_BAD_TYPE|type'
      WHEN ${isAB ? 'false' : `coalesce(td.dir, tt.dir, CASE WHEN coalesce(tt.kind, td.kind) = 'data' THEN 'mo' END) IS NULL`} THEN 'CDR_BAD_DIRECTION|' || ${c.direction === undefined ? `'type'` : `'direction'`}
      WHEN ${durPresent} AND du.secs IS NULL THEN 'CDR_BAD_DURATION|duration'
    END`;
  await createRowTable(db, plan, err);
}

async function createRowTable(db: Db, plan: CdrBulkPlan, err: string): Promise<void> {
  const c = plan.columns;
  const isAB = c.aParty !== undefined;
  const aRaw =
    c.target !== undefined || isAB
      ? fld(c.target ?? c.aParty, 'a_raw')
      : plan.fixedTarget !== undefined
        ? lit(plan.fixedTarget)
        : `''`;
  const durPresent = c.duration === undefined ? 'false' : `NOT ${blank('r.dur_raw')}`;
  // The event id is derived here, where the parties' ids are at hand, so the rows are never copied into a
  // staging table of their own: the merge reads them through `evWide` (see cdr-insert.ts).
  const { fromId, toId } = callParties(plan);
  const dump = plan.dumpId === undefined ? `''` : lit(plan.dumpId);
  const id = deriveIdSql('evt', [
    'kind',
    `coalesce(${fromId}, '')`,
    `coalesce(${toId}, '')`,
    't_ms::VARCHAR',
    `coalesce(dur::VARCHAR, '')`,
    dump,
  ]);
  await db.run(`
    CREATE OR REPLACE TEMP TABLE bk_ev AS
    SELECT * EXCLUDE (a_id, b_id), CASE WHEN err IS NULL THEN ${id} END id FROM (
    SELECT r.line_no, r.traw,
           CASE WHEN r.off_min IS NOT NULL THEN r.local_ms - r.off_min * 60000 ELSE r.local_ms - sl.off_ms END t_ms,
           CASE WHEN r.off_min IS NOT NULL THEN r.off_text ELSE ${plan.zone === undefined ? 'NULL' : lit(plan.zone)} END tzone,
           CASE WHEN r.off_min IS NULL THEN sl.flag END flag,
           pa.rowid pa, CASE WHEN pb.st = 'ok' AND NOT ${blank('r.b_raw')} THEN pb.rowid END pb,
           pa.id a_id, CASE WHEN pb.st = 'ok' AND NOT ${blank('r.b_raw')} THEN pb.id END b_id,
           coalesce(td.dir, tt.dir, CASE WHEN coalesce(tt.kind, td.kind) = 'data' THEN 'mo' END) dir, coalesce(tt.kind, td.kind, 'call') kind,
           CASE WHEN ${durPresent} THEN du.secs END dur,
           -- A lac/ci pair with both halves blank is no cell; only text holding a '/' can be one.
           CASE WHEN ${blank('r.cell_raw')} THEN NULL WHEN NOT contains(r.cell_raw, '/') THEN cl.rowid
                WHEN replace(replace(r.cell_raw, ' ', ''), chr(9), '') <> '/' THEN cl.rowid END cl,
           CASE WHEN NOT ${blank('r.ce_raw')} THEN ce.rowid END ce,
           CASE WHEN NOT ${blank('r.imei_raw')} THEN im.rowid END im,
           CASE WHEN NOT ${blank('r.imsi_raw')} THEN ims.rowid END ims,
           ${err} err
    FROM (SELECT line_no, ${aRaw} a_raw, ${fld(c.other ?? c.bParty, 'b_raw')} b_raw,
                 ${fld(c.direction, 'dir_raw')} dir_raw, ${fld(c.type, 'type_raw')} type_raw,
                 ${fld(c.duration, 'dur_raw')} dur_raw, cell_raw, ${fld(c.cellEnd, 'ce_raw')} ce_raw,
                 ${fld(c.imei, 'imei_raw')} imei_raw, ${fld(c.imsi, 'imsi_raw')} imsi_raw,
                 is_footer, is_bad_count, traw, local_ms, off_min, off_text
          FROM bk_rows) r
    LEFT JOIN mp_phone pa ON pa.raw = r.a_raw
    LEFT JOIN mp_phone pb ON pb.raw = r.b_raw
    LEFT JOIN mp_type td ON td.raw = r.dir_raw
    LEFT JOIN mp_type tt ON tt.raw = r.type_raw
    LEFT JOIN mp_dur du ON du.raw = r.dur_raw
    LEFT JOIN mp_cell cl ON cl.raw = r.cell_raw
    LEFT JOIN mp_cell ce ON ce.raw = r.ce_raw
    LEFT JOIN mp_imei im ON im.raw = r.imei_raw
    LEFT JOIN mp_imsi ims ON ims.raw = r.imsi_raw
    LEFT JOIN mp_slot sl ON sl.slot = floor(r.local_ms / ${plan.slotMs})::BIGINT)`);
}

/**
 * The rows of `bk_ev` that pass `where` (and no rule failed), with the mapped values joined back (the columns
 * the row rules name: a_key, imei_id, …). Filtered before the joins: the planner does not move a semi join
 * below them.
 */
export function evWide(where = 'true'): string {
  return `(
  SELECT e.id, e.line_no, e.traw, e.t_ms, e.tzone, e.flag, e.dir, e.kind, e.dur, e.err,
         pa.raw a_raw, pa.key a_key, pa.id a_id, pb.raw b_raw, pb.key b_key, pb.id b_id,
         cl.raw cell_raw, cl.key cell_key, cl.code cell_code, ce.key ce_key,
         im.raw imei_raw, im.key imei_key, im.id imei_id, im.code imei_code,
         ims.raw imsi_raw, ims.key imsi_key, ims.id imsi_id, ims.code imsi_code
  FROM (SELECT * FROM bk_ev WHERE err IS NULL AND ${where}) e
  LEFT JOIN mp_phone pa ON pa.rowid = e.pa LEFT JOIN mp_phone pb ON pb.rowid = e.pb
  LEFT JOIN mp_cell cl ON cl.rowid = e.cl LEFT JOIN mp_cell ce ON ce.rowid = e.ce
  LEFT JOIN mp_imei im ON im.rowid = e.im LEFT JOIN mp_imsi ims ON ims.rowid = e.ims)`;
}
