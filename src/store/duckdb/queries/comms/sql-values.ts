import { COMMUNICATION_KINDS } from '../../../../model/index.js';
import type { TimeWindow } from '../../../comms-port.js';

/**
 * Values are spliced as literals rather than bound as parameters: DuckDB prunes row groups by zone
 * map only for constant filters, and a bound parameter hides the constant from the planner.
 * Each helper accepts only what it can prove safe.
 */
const ID = /^[a-z]{3}_[0-9a-f]{24}$/u;

/** A quoted string literal. */
export function lit(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** `('a', 'b')` for entity ids; throws on anything that is not an id (a bug: ids come from our own hashing). */
export function idList(ids: readonly string[]): string {
  if (ids.length === 0) return `(NULL)`;
  for (const id of ids) if (!ID.test(id)) throw new Error(`not an entity id: ${JSON.stringify(id)}`);
  return `(${ids.map((id) => `'${id}'`).join(', ')})`;
}

/** One entity id as a literal. */
export function idLit(id: string): string {
  if (!ID.test(id)) throw new Error(`not an entity id: ${JSON.stringify(id)}`);
  return `'${id}'`;
}

/** An IANA zone name as a literal; the analysis layer has already checked it names a zone. */
export function zoneLit(zone: string): string {
  if (!/^[A-Za-z0-9_+\-/]+$/u.test(zone)) throw new Error(`not a zone: ${JSON.stringify(zone)}`);
  return `'${zone}'`;
}

/** `('x', 'y')` for arbitrary text values (cells, IMEIs), quoted. */
export function textList(values: readonly string[]): string {
  return values.length === 0 ? `(NULL)` : `(${values.map(lit).join(', ')})`;
}

/** A TIMESTAMPTZ literal from epoch milliseconds. */
export function tsLit(ms: number): string {
  if (!Number.isFinite(ms)) throw new Error(`not a time: ${ms}`);
  return `'${new Date(Math.trunc(ms)).toISOString()}'::TIMESTAMPTZ`;
}

/** ` AND <col> >= from AND <col> < to` for the bounds the window has. */
export function windowSql(col: string, w: TimeWindow | undefined): string {
  let s = '';
  if (w?.fromMs !== undefined) s += ` AND ${col} >= ${tsLit(w.fromMs)}`;
  if (w?.toMs !== undefined) s += ` AND ${col} < ${tsLit(w.toMs)}`;
  return s;
}

/** A non-negative integer literal. */
export function intLit(n: number): string {
  if (!Number.isSafeInteger(n) || n < 0) throw new Error(`not a count: ${n}`);
  return String(n);
}

/** The event kinds that are communications between two parties. */
export const COMM_KINDS_SQL = textList(COMMUNICATION_KINDS);

/** Above this many values an equality per value stops paying off and a plain IN list is used. */
const MAX_UNION_ARMS = 8;

/**
 * `body` once per value, as `UNION ALL` of `<col> = '<value>'` scans. DuckDB prunes row groups by zone map
 * for a constant equality, while a multi-value IN becomes a join that reads every row group it cannot
 * rule out; so a few subjects or cells read a few row groups each.
 */
export function perValue(col: string, values: readonly string[], body: (eq: string) => string): string {
  if (values.length === 0) return body('false');
  if (values.length > MAX_UNION_ARMS) return body(`${col} IN ${textList(values)}`);
  return values.map((v) => `(${body(`${col} = ${lit(v)}`)})`).join(' UNION ALL ');
}
