/**
 * Timestamp text → local wall-clock milliseconds (the wall time read as if it were UTC), plus an explicit
 * offset when the text carries one. The same regular expressions drive the SQL bulk path
 * (src/store/duckdb/bulk/time-sql.ts), so both paths read every value identically.
 */

/** Day-month order of a slash/dot/dash date. `ymd` also covers ISO dates. */
export type DateOrder = 'dmy' | 'mdy' | 'ymd';

/** How one timestamp column (or a date column joined with a time column) is written. */
export type TimeFormat =
  | { readonly kind: 'fields'; readonly order: DateOrder }
  | { readonly kind: 'compact' }
  | { readonly kind: 'excel' };

/** Groups: 1-3 date parts, 4 hour, 5 minute, 6 second, 7 fraction, 8 am/pm, 9 offset. */
export const FIELDS_RE_SOURCE =
  '^[ \\t]*(\\d{1,4})[/.-](\\d{1,2})[/.-](\\d{1,4})(?:[ T]+(\\d{1,2}):(\\d{1,2})(?::(\\d{1,2})(?:[.,](\\d{1,9}))?)?[ \\t]*([AaPp][Mm])?)?[ \\t]*(Z|[+-]\\d{2}:?\\d{2})?[ \\t]*$';
/** `yyyymmddhhmmss`. */
export const COMPACT_RE_SOURCE = '^[ \\t]*(\\d{4})(\\d{2})(\\d{2})(\\d{2})(\\d{2})(\\d{2})[ \\t]*$';
/** An Excel serial day number with an optional day fraction (1900 date system). */
export const EXCEL_RE_SOURCE = '^[ \\t]*(\\d{5})(\\.\\d+)?[ \\t]*$';

const FIELDS_RE = new RegExp(FIELDS_RE_SOURCE);
const COMPACT_RE = new RegExp(COMPACT_RE_SOURCE);
const EXCEL_RE = new RegExp(EXCEL_RE_SOURCE);

/** Days between the Excel 1900 epoch (serial 0 = 1899-12-30, after Lotus's leap-year bug) and 1970-01-01. */
export const EXCEL_EPOCH_DAYS = 25569;
const DAY_MS = 86_400_000;

/** A parsed timestamp: wall-clock ms and, when the text had one, its UTC offset in minutes. */
export interface ParsedTime {
  readonly localMs: number;
  readonly offsetMin?: number;
  readonly offsetText?: string;
}

/** Two-digit years are read as 20yy: CDR retention never reaches back to the 1900s. */
function fullYear(y: string): number {
  const n = Number(y);
  return y.length <= 2 ? 2000 + n : n;
}

function wallMs(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
): number | undefined {
  if (mo < 1 || mo > 12 || d < 1 || h > 23 || mi > 59 || s > 59 || y < 1900 || y > 2200) return undefined;
  const t = Date.UTC(y, mo - 1, d, h, mi, s, ms);
  // Date.UTC rolls 31 February over into March: a valid date reads back unchanged.
  return new Date(t).getUTCDate() === d ? t : undefined;
}

function hour12(h: number, ampm: string | undefined): number | undefined {
  if (ampm === undefined) return h;
  if (h < 1 || h > 12) return undefined;
  const pm = ampm.toLowerCase() === 'pm';
  return (h % 12) + (pm ? 12 : 0);
}

function parseOffset(text: string): number {
  if (text === 'Z') return 0;
  const sign = text.startsWith('-') ? -1 : 1;
  const digits = text.slice(1).replace(':', '');
  return sign * (Number(digits.slice(0, 2)) * 60 + Number(digits.slice(2, 4)));
}

function parseFields(text: string, order: DateOrder): ParsedTime | undefined {
  const m = FIELDS_RE.exec(text);
  if (!m || m[4] === undefined) return undefined;
  const [p1 = '', p2 = '', p3 = ''] = [m[1], m[2], m[3]];
  let y: number, mo: number, d: number;
  // A four-digit first part is a year whatever the column's order: ISO values are never ambiguous.
  if (order === 'ymd' || p1.length === 4) {
    if (p1.length !== 4) return undefined;
    [y, mo, d] = [Number(p1), Number(p2), Number(p3)];
  } else {
    if (p1.length > 2 || (p3.length !== 2 && p3.length !== 4)) return undefined;
    y = fullYear(p3);
    [d, mo] = order === 'dmy' ? [Number(p1), Number(p2)] : [Number(p2), Number(p1)];
  }
  const h = hour12(Number(m[4]), m[8]);
  if (h === undefined) return undefined;
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  const localMs = wallMs(y, mo, d, h, Number(m[5]), Number(m[6] ?? '0'), ms);
  if (localMs === undefined) return undefined;
  const off = m[9];
  return off === undefined ? { localMs } : { localMs, offsetMin: parseOffset(off), offsetText: off };
}

/** Parses one timestamp in a known format; undefined when the text is not a valid time in it. */
export function parseTime(text: string, format: TimeFormat): ParsedTime | undefined {
  switch (format.kind) {
    case 'fields':
      return parseFields(text, format.order);
    case 'compact': {
      const m = COMPACT_RE.exec(text);
      if (!m) return undefined;
      const n = m.slice(1, 7).map(Number) as [number, number, number, number, number, number];
      const localMs = wallMs(n[0], n[1], n[2], n[3], n[4], n[5], 0);
      return localMs === undefined ? undefined : { localMs };
    }
    case 'excel': {
      const m = EXCEL_RE.exec(text);
      if (!m) return undefined;
      // Rounded to the second: Excel stores times as binary fractions of a day.
      const days = Number(m[1]) + Number(m[2] ?? '0');
      return { localMs: Math.round(((days - EXCEL_EPOCH_DAYS) * DAY_MS) / 1000) * 1000 };
    }
    default: {
      const unreachable: never = format;
      throw new Error(`unknown time format ${JSON.stringify(unreachable)}`);
    }
  }
}

/** Evidence for the day-month order of one column: which positions ever held a value above 12. */
export interface OrderEvidence {
  firstOver12: number;
  secondOver12: number;
  yearFirst: number;
  matched: number;
  total: number;
}

export function emptyEvidence(): OrderEvidence {
  return { firstOver12: 0, secondOver12: 0, yearFirst: 0, matched: 0, total: 0 };
}

/** Adds one value to the column's evidence. */
export function addEvidence(ev: OrderEvidence, text: string): void {
  ev.total += 1;
  const m = FIELDS_RE.exec(text);
  if (!m || m[4] === undefined) return;
  ev.matched += 1;
  if ((m[1] ?? '').length === 4) ev.yearFirst += 1;
  else {
    if (Number(m[1]) > 12) ev.firstOver12 += 1;
    if (Number(m[2]) > 12) ev.secondOver12 += 1;
  }
}

export type OrderDecision =
  | { readonly kind: 'decided'; readonly order: DateOrder }
  | { readonly kind: 'ambiguous' }
  | { readonly kind: 'inconsistent' };

/** Decides the order from the whole column's evidence, never from one value. */
export function decideOrder(ev: OrderEvidence): OrderDecision {
  if (ev.yearFirst > 0 && ev.yearFirst === ev.matched) return { kind: 'decided', order: 'ymd' };
  if (ev.firstOver12 > 0 && ev.secondOver12 > 0) return { kind: 'inconsistent' };
  if (ev.firstOver12 > 0) return { kind: 'decided', order: 'dmy' };
  if (ev.secondOver12 > 0) return { kind: 'decided', order: 'mdy' };
  return { kind: 'ambiguous' };
}

/** Which format family a value looks like, for layout detection. */
export function timeFamily(text: string): TimeFormat['kind'] | undefined {
  const m = FIELDS_RE.exec(text);
  if (m && m[4] !== undefined) return 'fields';
  if (COMPACT_RE.test(text)) return 'compact';
  return undefined;
}

/** Whether a value looks like a date without a time (a date column to be joined with a time column). */
export function isDateOnly(text: string): boolean {
  const m = FIELDS_RE.exec(text);
  return m !== null && m[4] === undefined && m[9] === undefined;
}

const TIME_ONLY = /^\s*\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d+)?\s*(?:[AaPp][Mm])?\s*$/;

/** Whether a value looks like a time of day alone. */
export function isTimeOnly(text: string): boolean {
  return TIME_ONLY.test(text);
}
