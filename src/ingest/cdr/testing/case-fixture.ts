import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { importFile, Workspace, type ImportResult } from '../../../intel/index.js';
import type { Importer } from '../../contract.js';

/** A fresh workspace with one case on a temp path, for importer tests against the real store. */
export interface TestCase {
  readonly dir: string;
  readonly ws: Workspace;
  import<O>(
    importer: Importer<O>,
    path: string,
    options?: Record<string, unknown>,
    force?: boolean,
  ): Promise<ImportResult>;
  query(sql: string): Promise<Record<string, unknown>[]>;
  dispose(): Promise<void>;
}

export async function openTestCase(opts: { region?: string; tz?: string } = {}): Promise<TestCase> {
  const dir = await mkdtemp(join(tmpdir(), 'skein-cdr-'));
  const ws = await Workspace.open(join(dir, 'ws'));
  await ws.createCase({ name: 'c1', ...opts }, { user: 'tester' });
  return {
    dir,
    ws,
    import: (importer, path, options = {}, force = false) =>
      importFile(ws, { caseName: 'c1', importer, path, options, force }, { user: 'tester' }),
    query: (sql) =>
      ws.withCase('c1', async (store) => {
        const db = (store as unknown as { db: { all(s: string): Promise<Record<string, unknown>[]> } }).db;
        return db.all(sql);
      }),
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
