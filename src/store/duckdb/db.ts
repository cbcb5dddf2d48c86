import { DuckDBInstance, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { SkeinError } from '../../model/index.js';

export type Params = Record<string, DuckDBValue> | DuckDBValue[];
export type Row = Record<string, unknown>;

/**
 * Extensions cannot be installed here (air-gapped), so auto-install is off and failures are immediate.
 * The memory cap keeps a 10M-row import under 2 GB of RSS together with Node: bigger sorts and joins
 * spill to `<database>.tmp` beside the case file (DuckDB's default temp directory for a file database).
 */
const SETTINGS = {
  autoinstall_known_extensions: 'false',
  autoload_known_extensions: 'false',
  memory_limit: '1GB',
} as const;

/** One open DuckDB database file and its single connection. */
export class Db {
  /** Settings whose RESET a failed transaction refused: restored right after its rollback. */
  private readonly resetAfterRollback = new Set<string>();

  private constructor(
    private readonly instance: DuckDBInstance,
    readonly conn: DuckDBConnection,
    readonly path: string,
  ) {}

  static async open(path: string, what: string): Promise<Db> {
    try {
      const instance = await DuckDBInstance.create(path, SETTINGS);
      const conn = await instance.connect();
      // Stored instants are UTC; a local zone is only ever applied explicitly, by name.
      await conn.run(`SET TimeZone = 'UTC'`);
      return new Db(instance, conn, path);
    } catch (e) {
      throw mapOpenError(e, path, what);
    }
  }

  async run(sql: string, params?: Params): Promise<void> {
    await this.conn.run(sql, params);
  }

  async all(sql: string, params?: Params): Promise<Row[]> {
    const reader = await this.conn.runAndReadAll(sql, params);
    return reader.getRowObjectsJS().map(plainRow);
  }

  async one(sql: string, params?: Params): Promise<Row | undefined> {
    return (await this.all(sql, params))[0];
  }

  async transaction<T>(work: () => Promise<T>): Promise<T> {
    await this.run('BEGIN TRANSACTION');
    try {
      const result = await work();
      await this.run('COMMIT');
      return result;
    } catch (e) {
      await this.run('ROLLBACK');
      for (const name of this.resetAfterRollback) await this.run(`RESET ${name}`);
      this.resetAfterRollback.clear();
      throw e;
    }
  }

  /**
   * Runs `work` with one setting changed for the session and restores the default after, also when `work`
   * fails: inside a failed transaction DuckDB refuses every statement, RESET included, until the rollback,
   * so the reset then waits for it and the error thrown is the original one.
   */
  async withSetting<T>(name: string, value: string, work: () => Promise<T>): Promise<T> {
    await this.run(`SET ${name} = ${value}`);
    let result: T;
    try {
      result = await work();
    } catch (e) {
      await this.run(`RESET ${name}`).catch(() => this.resetAfterRollback.add(name));
      throw e;
    }
    await this.run(`RESET ${name}`);
    return result;
  }

  close(): void {
    this.conn.closeSync();
    this.instance.closeSync();
  }
}

/** BigInts become numbers (counts and sizes here stay far below 2^53), everything else passes through. */
function plainRow(row: Record<string, unknown>): Row {
  const out: Row = {};
  for (const [k, v] of Object.entries(row)) out[k] = typeof v === 'bigint' ? Number(v) : v;
  return out;
}

function mapOpenError(e: unknown, path: string, what: string): SkeinError {
  const message = e instanceof Error ? e.message : String(e);
  const pid = /PID (\d+)/.exec(message)?.[1];
  if (/lock/i.test(message)) {
    return new SkeinError(
      'STORE_LOCKED',
      `${what} is held by another Skein process${pid ? ` (PID ${pid})` : ''}. ` +
        'Use the running server, or stop it, then try again.',
      { file: path },
    );
  }
  return new SkeinError('STORE_OPEN_FAILED', `Could not open ${what}: ${message}`, { file: path });
}
