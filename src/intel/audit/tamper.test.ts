import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile } from '../import-file.js';
import { scriptedImporter } from '../test-support/scripted-importer.js';
import { analyst, tempWorkspace } from '../test-support/temp-workspace.js';
import type { Workspace } from '../workspace.js';

let ws: Workspace;
let dir: string;
let dispose: () => Promise<void>;

beforeEach(async () => {
  ({ ws, dir, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'c1' }, analyst);
  for (const n of [1, 2, 3]) {
    const p = join(dir, `f${n}.txt`);
    await writeFile(p, `+${n},+9,${n}000\n`);
    await importFile(ws, { caseName: 'c1', importer: scriptedImporter, path: p, options: {} }, analyst);
  }
  await ws.log(analyst, {
    operation: 'disclosure',
    action: 'export',
    caseName: 'c1',
    recipient: 'partner-agency',
  });
});
afterEach(() => dispose());

/** Tampers with the catalogue as someone with file access would: plain SQL on the database file. */
async function tamper(sql: string): Promise<void> {
  const inst = await DuckDBInstance.create(join(dir, 'catalogue.duckdb'));
  const conn = await inst.connect();
  await conn.run(sql);
  conn.closeSync();
  inst.closeSync();
}

describe('audit trail on disk', () => {
  it('verifies an untouched trail of five records: case, three imports, a disclosure', async () => {
    expect(await ws.verifyAudit()).toMatchObject({ ok: true, count: 5 });
  });

  it('names the first bad record after an edit', async () => {
    await tamper(`UPDATE audit SET user_name = 'someone-else' WHERE seq = 3`);
    expect(await ws.verifyAudit()).toMatchObject({ ok: false, code: 'AUDIT_HASH_MISMATCH', seq: 3 });
  });

  it('finds a deleted record', async () => {
    await tamper(`DELETE FROM audit WHERE seq = 2`);
    expect(await ws.verifyAudit()).toMatchObject({ ok: false, code: 'AUDIT_SEQUENCE_GAP', seq: 2 });
  });

  it('finds a reordering', async () => {
    await tamper(`UPDATE audit SET seq = CASE seq WHEN 2 THEN 3 WHEN 3 THEN 2 ELSE seq END`);
    expect(await ws.verifyAudit()).toMatchObject({ ok: false, seq: 2 });
  });

  it('finds a truncation even when the head in the database is rewritten to match', async () => {
    await tamper(
      `DELETE FROM audit WHERE seq >= 4;
       UPDATE audit_head SET seq = 3, hash = (SELECT hash FROM audit WHERE seq = 3)`,
    );
    expect(await ws.verifyAudit()).toMatchObject({ ok: false, code: 'AUDIT_HEAD_MISMATCH' });
  });

  it('keeps the recipient of a disclosure', async () => {
    const inst = await DuckDBInstance.create(join(dir, 'catalogue.duckdb'));
    const conn = await inst.connect();
    const rows = (
      await conn.runAndReadAll(`SELECT operation, recipient FROM audit WHERE seq = 5`)
    ).getRowObjects();
    conn.closeSync();
    inst.closeSync();
    expect(rows).toEqual([{ operation: 'disclosure', recipient: 'partner-agency' }]);
  });
});
