import type { Db } from '../db.js';

/**
 * Runs `work` with one DuckDB setting changed for the session and restores the default after. When
 * `work` fails inside a transaction DuckDB refuses every statement until the rollback, RESET included:
 * the original error is the one thrown (the setting then stays changed until the next restore).
 */
export async function withSetting<T>(
  db: Db,
  name: string,
  value: string,
  work: () => Promise<T>,
): Promise<T> {
  await db.run(`SET ${name} = ${value}`);
  let result: T;
  try {
    result = await work();
  } catch (e) {
    await db.run(`RESET ${name}`).catch(() => undefined);
    throw e;
  }
  await db.run(`RESET ${name}`);
  return result;
}
