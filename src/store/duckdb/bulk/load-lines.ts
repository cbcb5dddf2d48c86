import type { CdrBulkPlan } from '../../../ingest/index.js';
import type { Db } from '../db.js';
import { rowFieldsSql } from './row-fields.js';
import { delimRegex, lit } from './sql-text.js';
import { withTimes } from './time-sql.js';

/**
 * Reads a delimited file into `bk_lines(line)`, then one physical line per row into `bk_rows(line_no, src,
 * <role>_raw…, is_footer, is_bad_count, traw, local_ms, off_min, off_text)` (see `rowFieldsSql`,
 * `withTimes`), so line numbers are exact: DuckDB keeps file order (preserve_insertion_order) and blank lines come back as NULL rows.
 * Fields are split in SQL: `string_split` for lines without quotes, an RFC 4180 field regex otherwise.
 * Returns the number of blank lines before the last row, or `undefined` when a quoted field spans lines (the caller must
 * transcode the file first).
 */
export async function loadLines(db: Db, plan: CdrBulkPlan): Promise<{ blank: number } | undefined> {
  const nl = plan.newline === '\r\n' ? '\\r\\n' : '\\n';
  await db.run(`
    CREATE OR REPLACE TEMP TABLE bk_lines AS
      SELECT line FROM read_csv(${lit(plan.path)}, delim = '\x01', header = false, skip = ${plan.skipLines},
                    columns = {'line': 'VARCHAR'}, quote = '', escape = '', auto_detect = false,
                    new_line = '${nl}')`);
  if (plan.quoted) {
    const odd = await db.one(
      `SELECT count(*) n FROM bk_lines WHERE contains(line, '"') AND (length(line) - length(replace(line, '"', ''))) % 2 = 1`,
    );
    if (Number(odd?.n ?? 0) > 0) return undefined;
  }
  const d = plan.delimiter;
  const dr = delimRegex(d);
  const fieldRe = `(?:^|${dr})("(?:[^"]|"")*"|[^${dr}"]*)`;
  const split = plan.quoted
    ? `CASE WHEN contains(line, '"')
         THEN list_transform(regexp_extract_all(line, ${lit(fieldRe)}, 1),
                x -> CASE WHEN starts_with(x, '"') THEN replace(x[2:-2], '""', '"') ELSE x END)
         ELSE string_split(line, ${lit(d)}) END`
    : `string_split(line, ${lit(d)})`;
  const lineNo = plan.lineColumn ? `CAST(f0[1] AS BIGINT)` : 'line_no';
  // A table's rowids follow insertion order, which DuckDB keeps equal to file order; inside a transaction
  // they start at a large base, hence the offset.
  // `src` is the line's rowid in bk_lines: rejected rows take their text from there, so bk_rows does not
  // copy every line.
  const fromLines = `(SELECT rowid AS src, rowid - (SELECT min(rowid) FROM bk_lines) + ${plan.skipLines + 1} AS line_no, line FROM bk_lines)`;
  const fields = plan.lineColumn ? `f0[2:]` : 'f0';
  const rows = `SELECT ${lineNo} AS line_no, src, ${fields} AS f
      FROM (SELECT line_no, src, ${split} AS f0 FROM ${fromLines}
            WHERE line IS NOT NULL AND line <> '')`;
  await db.run(`
    CREATE OR REPLACE TEMP TABLE bk_rows AS
      SELECT line_no, src, ${rowFieldsSql(plan)}, traw, local_ms, off_min, off_text FROM (${withTimes(plan, rows)})`);
  // The lines between the header and the last row that bk_rows does not hold, as the row reader counts
  // them; a transcoded file has none (its writer counted them).
  if (plan.lineColumn) return { blank: 0 };
  const blank = await db.one(
    `SELECT coalesce(max(line_no), ${plan.skipLines}) - ${plan.skipLines} - count(*) n FROM bk_rows`,
  );
  return { blank: Number(blank?.n ?? 0) };
}
