import type { CdrBulkPlan } from '../../../ingest/index.js';
import { blank, lit } from './sql-text.js';

/** The cell text of a row, exactly as row-mapper.ts's `cellText` builds it. */
function cellExpr(plan: CdrBulkPlan): string | undefined {
  const c = plan.columns;
  if (c.cell !== undefined) return `coalesce(f[${c.cell + 1}], '')`;
  if (c.lac !== undefined && c.ci !== undefined)
    return `coalesce(f[${c.lac + 1}], '') || '/' || coalesce(f[${c.ci + 1}], '')`;
  return undefined;
}

/** The raw columns `bk_rows` keeps per role (NULL where the line has no such field). */
const RAW_COLUMNS = [
  'a_raw',
  'b_raw',
  'dir_raw',
  'type_raw',
  'dur_raw',
  'cell_raw',
  'ce_raw',
  'imei_raw',
  'imsi_raw',
] as const;
export type RawColumn = (typeof RAW_COLUMNS)[number];

const fld = (i: number | undefined): string => (i === undefined ? 'NULL::VARCHAR' : `f[${i + 1}]`);

/**
 * The select list that turns a split line (`f`, with its `local_ms`) into what the row rules read: each role's raw field and
 * the two checks that need the whole list (footer, field count). Evaluated while the lines are split, so
 * `bk_rows` never stores the list and the wide join that maps values carries plain columns only.
 */
export function rowFieldsSql(plan: CdrBulkPlan): string {
  const c = plan.columns;
  const H = plan.headerCount;
  const filled = `list_filter(f, x -> NOT ${blank('x')})`;
  const raws: Record<RawColumn, string> = {
    a_raw: fld(c.target ?? c.aParty),
    b_raw: fld(c.other ?? c.bParty),
    dir_raw: fld(c.direction),
    type_raw: fld(c.type),
    dur_raw: fld(c.duration),
    cell_raw: cellExpr(plan) ?? 'NULL::VARCHAR',
    ce_raw: fld(c.cellEnd),
    imei_raw: fld(c.imei),
    imsi_raw: fld(c.imsi),
  };
  return [
    ...RAW_COLUMNS.map((k) => `${raws[k]} ${k}`),
    // Only rows without a valid time can be footers: the list is not filtered for the others.
    `CASE WHEN local_ms IS NULL THEN regexp_matches(coalesce(${filled}[1], ''), ${lit(plan.footerRegex)})
       OR len(${filled}) * 2 < ${H} END is_footer`,
    `(CASE WHEN len(f) = ${H} THEN false WHEN len(f) < ${H} THEN true
      ELSE len(list_filter(f[${H + 1}:], x -> NOT ${blank('x')})) > 0 END) is_bad_count`,
  ].join(',\n');
}
