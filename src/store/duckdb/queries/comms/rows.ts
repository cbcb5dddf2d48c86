import type { Row } from '../../db.js';

/** Readers for result columns; the SQL guarantees the types, these only narrow them for the compiler. */
export const num = (v: unknown): number => Number(v);
export const str = (v: unknown): string => String(v);
export const strOrNull = (v: unknown): string | null => (v === null || v === undefined ? null : String(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const strList = (v: unknown): string[] => (Array.isArray(v) ? v.map(String) : []);

/** Epoch milliseconds of a TIMESTAMPTZ column selected as `epoch_ms(col)`. */
export const ms = (r: Row, col: string): number => Number(r[col]);
