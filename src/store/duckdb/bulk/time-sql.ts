import type { CdrBulkPlan } from '../../../ingest/index.js';
import { lit } from './sql-text.js';

/** The raw time text of a row, as row-mapper.ts reads it. */
export function timeRawExpr(plan: CdrBulkPlan): string {
  const c = plan.columns;
  if (c.start !== undefined) return `coalesce(f[${c.start + 1}], '')`;
  return `coalesce(f[${(c.date ?? 0) + 1}], '') || ' ' || coalesce(f[${(c.time ?? 0) + 1}], '')`;
}

const int = (x: string): string => `try_cast(nullif(${x}, '') AS BIGINT)`;

/** `(y, mo, d, h, mi, s, ms, shape_ok)` from the regex groups, per the date order (timestamp.ts parseFields). */
function fieldsParts(order: 'dmy' | 'mdy' | 'ymd'): string {
  // As timestamp.ts: a four-digit first part is read year-first whatever the column's order.
  const iso = order === 'ymd' ? 'true' : 'length(m.p1) = 4';
  const year = `CASE WHEN ${iso} THEN ${int('m.p1')} WHEN length(m.p3) <= 2 THEN 2000 + ${int('m.p3')} ELSE ${int('m.p3')} END`;
  const [mo, d] = order === 'dmy' ? ['m.p2', 'm.p1'] : ['m.p1', 'm.p2'];
  const moX = `CASE WHEN ${iso} THEN m.p2 ELSE ${mo} END`;
  const dX = `CASE WHEN ${iso} THEN m.p3 ELSE ${d} END`;
  const shape =
    order === 'ymd'
      ? `length(m.p1) = 4`
      : `(length(m.p1) = 4 OR (length(m.p1) <= 2 AND length(m.p3) IN (2, 4)))`;
  const h12 = `CASE WHEN m.ap = '' THEN ${int('m.h')}
                    WHEN ${int('m.h')} BETWEEN 1 AND 12 THEN ${int('m.h')} % 12 + CASE WHEN lower(m.ap) = 'pm' THEN 12 ELSE 0 END END`;
  return `${year} y, ${int(moX)} mo, ${int(dX)} d, ${h12} h, ${int('m.mi')} mi, coalesce(${int('m.s')}, 0) s,
          CASE WHEN m.fr = '' THEN 0 ELSE CAST(rpad(left(m.fr, 3), 3, '0') AS BIGINT) END ms,
          m.h <> '' AND ${shape} AS shape_ok,
          CASE WHEN m.off = '' THEN NULL WHEN m.off = 'Z' THEN 0
               ELSE (CASE WHEN starts_with(m.off, '-') THEN -1 ELSE 1 END)
                    * (CAST(substr(replace(m.off, ':', ''), 2, 2) AS BIGINT) * 60 + CAST(substr(replace(m.off, ':', ''), 4, 2) AS BIGINT))
          END off_min,
          nullif(m.off, '') off_text`;
}

/**
 * Wraps `source` (rows with `line_no, src, f`) in a SELECT that adds the row's time:
 * `traw, local_ms, off_min, off_text`, local_ms NULL when the text is no valid time. It runs in the same
 * pass that splits the lines, so no separate time table is built and joined back.
 */
export function withTimes(plan: CdrBulkPlan, source: string): string {
  const t = plan.time;
  const keep = 'line_no, src, f';
  const raw = `SELECT ${keep}, ${timeRawExpr(plan)} traw FROM (${source})`;
  if (t.kind === 'excel') {
    const days = `(CAST(m.d AS DOUBLE) + coalesce(try_cast(nullif(m.fr, '') AS DOUBLE), 0))`;
    return `SELECT ${keep}, traw,
               CASE WHEN m.d <> '' THEN CAST(round(((${days} - ${t.epochDays}) * 86400000) / 1000) * 1000 AS BIGINT) END local_ms,
               NULL::BIGINT off_min, NULL::VARCHAR off_text
             FROM (SELECT ${keep}, traw, regexp_extract(traw, ${lit(t.regex)}, ['d', 'fr']) m FROM (${raw}))`;
  }
  const groups =
    t.kind === 'compact'
      ? `['p1', 'p2', 'p3', 'h', 'mi', 's']`
      : `['p1', 'p2', 'p3', 'h', 'mi', 's', 'fr', 'ap', 'off']`;
  const parts =
    t.kind === 'compact'
      ? `${int('m.p1')} y, ${int('m.p2')} mo, ${int('m.p3')} d, ${int('m.h')} h, ${int('m.mi')} mi, ${int('m.s')} s,
         0 ms, m.p1 <> '' AS shape_ok, NULL::BIGINT off_min, NULL::VARCHAR off_text`
      : fieldsParts(t.order);
  return `SELECT ${keep}, traw,
             CASE WHEN shape_ok AND mo BETWEEN 1 AND 12 AND d >= 1 AND h <= 23 AND mi <= 59 AND s <= 59
                       AND y BETWEEN 1900 AND 2200
                  THEN epoch_ms(try(make_date(y, mo, d))::TIMESTAMP) + ((h * 60 + mi) * 60 + s) * 1000 + ms END local_ms,
             off_min, off_text
           FROM (SELECT ${keep}, traw, ${parts}
                 FROM (SELECT ${keep}, traw, regexp_extract(traw, ${lit(t.regex)}, ${groups}) m FROM (${raw})))`;
}
