import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, expect, it } from 'vitest';
import { cdrImporter } from './importer.js';
import { randomCdrStream, renderCdrFile } from './generate.js';
import { openTestCase, type TestCase } from './testing/case-fixture.js';

const CHILD = fileURLToPath(new URL('./testing/import-child.ts', import.meta.url));
const TABLES = [
  'imports',
  'events',
  'event_sources',
  'legs',
  'cell_obs',
  'entities',
  'entity_sources',
  'links',
  'rejects',
];

let tc: TestCase;
beforeEach(async () => {
  tc = await openTestCase();
});
afterEach(async () => {
  await tc.dispose();
});

async function counts(): Promise<Record<string, unknown>[]> {
  return tc.query(
    TABLES.map((t) => `SELECT '${t}' t, count(*)::INT n FROM ${t}`).join(' UNION ALL ') + ' ORDER BY t',
  );
}

it('an import killed midway leaves the case exactly as it was', { timeout: 180_000 }, async () => {
  const small = join(tc.dir, 'small.csv');
  await renderCdrFile(randomCdrStream(500, 1), 'en-csv', small);
  await tc.import(cdrImporter, small, { profile: 'en-csv' });
  const before = await counts();
  const big = join(tc.dir, 'big.csv');
  await renderCdrFile(randomCdrStream(300_000, 2), 'en-csv', big);
  const child = spawn(process.execPath, ['--import', 'tsx', CHILD, join(tc.dir, 'ws'), 'c1', big, 'en-csv'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 10));
  while (!out.includes('started')) await tick();
  // Killed while it reads the file, or at the latest as the merge into the case begins: a fixed delay let
  // a faster import commit first.
  const deadline = Date.now() + Math.floor(Math.random() * 2000);
  while (!out.includes('staged') && Date.now() < deadline) await tick();
  child.kill('SIGKILL');
  await once(child, 'exit');
  expect(out).not.toContain('done');
  expect(await counts()).toEqual(before);
});
