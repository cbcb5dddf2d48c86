import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from './import-file.js';
import { scriptedImporter } from './test-support/scripted-importer.js';
import { analyst, tempWorkspace } from './test-support/temp-workspace.js';
import type { Workspace } from './workspace.js';

let ws: Workspace;
let dir: string;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ ws, dir, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'op-sahara' }, analyst);
});
afterEach(() => dispose());

async function file(name: string, text: string): Promise<string> {
  const p = join(dir, name);
  await writeFile(p, text);
  return p;
}

const run = (path: string, options: object = {}, force = false) =>
  importFile(ws, { caseName: 'op-sahara', importer: scriptedImporter, path, options, force }, analyst);

describe('importFile', () => {
  it('counts every row as imported or rejected and keeps rejects with their row', async () => {
    const p = await file('a.txt', '+1,+2,1000\nbad\n+2,+3,2000\n');
    const res = await run(p);
    expect(res.status).toBe('imported');
    expect(res.record).toMatchObject({ rowsIn: 3, imported: 2, rejected: 1 });
    await ws.withCase('op-sahara', async (store) => {
      expect(await store.rejects({ limit: 10, offset: 0 })).toEqual([
        { importId: res.record.id, row: 2, code: 'TEST_BAD_LINE', raw: 'bad' },
      ]);
      const counts = await store.counts();
      expect(counts).toMatchObject({ entities: 3, events: 2, legs: 4, cell_obs: 2 });
    });
  });

  it('recognises the same file by its hash and does nothing unless forced', async () => {
    const p = await file('a.txt', '+1,+2,1000\n');
    const first = await run(p);
    const again = await run(p);
    expect(again).toEqual({ status: 'already-imported', record: first.record });
    const forced = await run(p, {}, true);
    expect(forced.status).toBe('imported');
    await ws.withCase('op-sahara', async (store) => {
      // Forcing adds a second source to the same call, not a second call.
      expect(await store.counts()).toMatchObject({ events: 1, imports: 2, legs: 2 });
    });
  });

  it('merges one call seen in two files into one event with two sources', async () => {
    await run(await file('billing-a.txt', '+1,+2,1000\n'));
    await run(await file('billing-b.txt', '+1,+2,1000\n+2,+9,5000\n'));
    await ws.withCase('op-sahara', async (store) => {
      expect(await store.counts()).toMatchObject({ events: 2, entities: 3, imports: 2 });
    });
  });

  it('leaves the case exactly as it was when the importer fails midway', async () => {
    await run(await file('ok.txt', '+1,+2,1000\n'));
    const before = await ws.withCase('op-sahara', (s) => s.counts());
    await expect(
      run(await file('broken.txt', '+5,+6,1\n+6,+7,2\n+7,+8,3\n'), { failAfter: 2 }),
    ).rejects.toThrow('importer failed midway');
    expect(await ws.withCase('op-sahara', (s) => s.counts())).toEqual(before);
  });

  it('audits each import as a collection in the same chain', async () => {
    const res = await run(await file('a.txt', '+1,+2,1000\n'));
    expect(await ws.verifyAudit()).toMatchObject({ ok: true, count: 2 });
    const verdict = await ws.verifyAudit();
    expect(verdict.ok).toBe(true);
    expect(res.record.user).toBe(analyst.user);
  });

  it('refuses options the importer does not accept, naming the field', async () => {
    const p = await file('a.txt', '+1,+2,1000\n');
    await expect(run(p, { failAfter: 'soon' })).rejects.toMatchObject({
      code: 'IMPORT_BAD_OPTIONS',
      location: { field: 'failAfter' },
    });
  });
});
