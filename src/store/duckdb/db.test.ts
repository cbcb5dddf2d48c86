import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Db } from './db.js';

// Bulk line numbering relies on DuckDB keeping insertion order; a setting left changed by a failed
// import would renumber the next file's rows.
describe('Db.withSetting', () => {
  let dir: string;
  let db: Db;
  const order = async (): Promise<unknown> =>
    (await db.one(`SELECT current_setting('preserve_insertion_order') v`))?.v;

  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'skein-db-'));
    db = await Db.open(join(dir, 'x.duckdb'), 'test');
  });
  afterEach(async () => {
    db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('applies the setting inside and restores it after', async () => {
    const inside = await db.withSetting('preserve_insertion_order', 'false', order);
    expect(inside).toBe(false);
    expect(await order()).toBe(true);
  });

  it('restores the setting after the rollback when the work fails inside a transaction', async () => {
    const failing = db.transaction(() =>
      db.withSetting('preserve_insertion_order', 'false', () => db.run(`SELECT error('boom')`)),
    );
    await expect(failing).rejects.toThrow(/boom/);
    expect(await order()).toBe(true);
  });
});
