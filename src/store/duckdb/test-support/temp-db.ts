import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { Db } from '../db.js';

/** A fresh database file in its own temp folder for each test of the calling suite, removed after it. */
export function tempDb(): { readonly db: Db; readonly dir: string } {
  const t = {} as { db: Db; dir: string };
  beforeEach(async () => {
    t.dir = await mkdtemp(join(tmpdir(), 'skein-db-'));
    t.db = await Db.open(join(t.dir, 'case.duckdb'), 'test');
  });
  afterEach(async () => {
    t.db.close();
    await rm(t.dir, { recursive: true, force: true });
  });
  return t;
}
