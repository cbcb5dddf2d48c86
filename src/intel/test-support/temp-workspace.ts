import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Workspace } from '../workspace.js';

/** A real workspace on a fresh temp path, one per test. */
export async function tempWorkspace(): Promise<{ ws: Workspace; dir: string; dispose: () => Promise<void> }> {
  const dir = await mkdtemp(join(tmpdir(), 'skein-test-'));
  const ws = await Workspace.open(dir);
  return { ws, dir, dispose: () => rm(dir, { recursive: true, force: true }) };
}

export const analyst = { user: 'analyst.test' } as const;
