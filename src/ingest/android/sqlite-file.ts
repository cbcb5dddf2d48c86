import { open, readFile, stat } from 'node:fs/promises';
import initSqlJs from 'sql.js';
import type { Database, SqlJsStatic, SqlValue } from 'sql.js';
import { SkeinError } from '../../model/index.js';

/** sql.js keeps the whole database in WASM memory, whose address space tops out near 2–4 GB. */
export const DEFAULT_MAX_SQLITE_BYTES = 2 * 1024 ** 3;
const MAGIC = 'SQLite format 3\u0000';

let engine: Promise<SqlJsStatic> | undefined;

/** True when the file starts with the SQLite header (cheap: reads 16 bytes). */
export async function isSqliteFile(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(16);
    const { bytesRead } = await fh.read(buf, 0, 16, 0);
    return bytesRead === 16 && buf.toString('latin1') === MAGIC;
  } finally {
    await fh.close();
  }
}

/**
 * Loads a SQLite file into sql.js. The database lives in memory, so the file on disk (evidence) is never
 * written; files above `maxBytes` are refused with `SQLITE_TOO_LARGE` before anything is read.
 */
export async function openSqlite(path: string, maxBytes: number, label = path): Promise<Database> {
  const size = (await stat(path)).size;
  if (size > maxBytes)
    throw new SkeinError('SQLITE_TOO_LARGE', `${label} is ${size} bytes, above the ${maxBytes} byte limit`, {
      file: label,
    });
  if (!(await isSqliteFile(path)))
    throw new SkeinError('SQLITE_NOT_A_DATABASE', `${label} is not a SQLite database`, { file: label });
  engine ??= initSqlJs();
  const SQL = await engine;
  return new SQL.Database(await readFile(path));
}

export type Row = Record<string, SqlValue>;

/** Table name → its column names (lower-case), for detecting what a database is by its schema. */
export function schemaOf(db: Database): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  const tables = db.exec("SELECT name FROM sqlite_master WHERE type = 'table'")[0]?.values ?? [];
  for (const [name] of tables) {
    if (typeof name !== 'string') continue;
    const cols = db.exec(`PRAGMA table_info("${name.replaceAll('"', '""')}")`)[0]?.values ?? [];
    out.set(name.toLowerCase(), new Set(cols.map((c) => String(c[1]).toLowerCase())));
  }
  return out;
}

/** Runs a query and hands each row to `visit` as an object, one at a time. */
export function eachRow(db: Database, sql: string, visit: (row: Row) => void): void {
  const stmt = db.prepare(sql);
  try {
    while (stmt.step()) visit(stmt.getAsObject());
  } finally {
    stmt.free();
  }
}

export const text = (v: SqlValue | undefined): string | undefined =>
  v === null || v === undefined || v instanceof Uint8Array ? undefined : String(v).trim() || undefined;

export const num = (v: SqlValue | undefined): number | undefined =>
  typeof v === 'number'
    ? v
    : typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
      ? Number(v)
      : undefined;
