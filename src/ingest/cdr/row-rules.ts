/**
 * Row rules shared by the row path (row-mapper.ts) and the SQL bulk path (store/duckdb/bulk): the
 * order in which a row's fields are checked, and what makes a row a footer. Changing a rule here means
 * changing both paths; the oracle test (bulk-oracle.test.ts) holds them together.
 *
 * Order: footer → field count → timestamp → target/A number → other/B number → direction → event type →
 * duration. Cell, IMEI and IMSI never reject a row: a bad value is dropped from the sighting and kept,
 * with its code, in the event's props (`cell_raw`/`cell_code`, `imei_raw`/`imei_code`, `imsi_raw`/`imsi_code`).
 */
export const FOOTER_RE_SOURCE =
  '(?i)^[ \\t]*(total|totals|totaux|sous-total|subtotal|sum|summary|grand total|nombre|count|records|end of report|fin du rapport|fin|total general|المجموع|الإجمالي|إجمالي|المجموع الكلي)(?:[ \\t:;,.=]|$)';

export const FOOTER_RE = new RegExp(FOOTER_RE_SOURCE.replace('(?i)', ''), 'iu');

/** A row is a footer when its time does not parse and it names a total or fills under half the columns. */
export function isFooter(fields: readonly string[], headerCount: number): boolean {
  const first = fields.find((f) => !isBlank(f)) ?? '';
  const filled = fields.filter((f) => !isBlank(f)).length;
  return FOOTER_RE.test(first) || filled * 2 < headerCount;
}

/** Whether the field count fits the header: fewer is an error, more only when the extras are empty. */
export function fieldCountFits(fields: readonly string[], headerCount: number): boolean {
  if (fields.length < headerCount) return false;
  return fields.slice(headerCount).every(isBlank);
}

/** Keys of props an event may carry, in the order both paths write them. */
export const PROP_ORDER = [
  'cell_end',
  'cell_raw',
  'cell_code',
  'imei_raw',
  'imei_code',
  'imsi_raw',
  'imsi_code',
] as const;

/** Blank means only spaces and tabs, in both paths (SQL: store/duckdb/bulk/sql-text.ts `blank`). */
export function isBlank(x: string): boolean {
  return /^[ \t]*$/u.test(x);
}
