import { spawn } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyst, tempWorkspace } from './test-support/temp-workspace.js';
import type { Workspace } from './workspace.js';

const CLI = resolve('bin/skein.js');
const KILLS = 8;
const BIG = 8_000;

let ws: Workspace;
let dir: string;
let dispose: () => Promise<void>;

/** A file big enough that its import takes a second or so: persons, phones and links between them. */
function bigEntitiesFile(n: number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ record: 'entity', kind: 'person', ref: `P${i}`, label: `Person ${i}` }));
    lines.push(
      JSON.stringify({
        record: 'link',
        kind: 'uses',
        from: `P${i}`,
        to: `phone:+4477009${String(i % 100000).padStart(5, '0')}`,
      }),
    );
  }
  return lines.join('\n');
}

function runImport(
  file: string,
  killAfterMs?: number,
): Promise<{ code: number | null; signal: string | null; ms: number }> {
  return new Promise((done) => {
    const started = Date.now();
    const child = spawn(
      process.execPath,
      [CLI, 'import', 'entities', file, '--case', 'c1', '--force', '--user', analyst.user],
      {
        env: { ...process.env, SKEIN_WORKSPACE: dir },
        stdio: 'ignore',
      },
    );
    const timer =
      killAfterMs === undefined ? undefined : setTimeout(() => child.kill('SIGKILL'), killAfterMs);
    child.on('exit', (code, signal) => {
      if (timer) clearTimeout(timer);
      done({ code, signal, ms: Date.now() - started });
    });
  });
}

const counts = () => ws.withCase('c1', (s) => s.counts());

beforeAll(async () => {
  ({ ws, dir, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'c1', region: 'GB' }, analyst);
  await writeFile(join(dir, 'base.jsonl'), bigEntitiesFile(50));
  await writeFile(join(dir, 'big.jsonl'), bigEntitiesFile(BIG));
});
afterAll(() => dispose());

describe('an import killed with SIGKILL', () => {
  it(`leaves the case exactly as it was, at ${KILLS} random moments`, async () => {
    expect((await runImport(join(dir, 'base.jsonl'))).code).toBe(0);
    const before = await counts();

    // Learn how long the whole import takes in a scratch case, so that every kill lands inside it.
    await ws.createCase({ name: 'scratch', region: 'GB' }, analyst);
    const full = await timeImport('scratch');
    const delays = fc.sample(fc.integer({ min: 20, max: Math.max(40, Math.floor(full * 0.6)) }), {
      numRuns: KILLS,
      seed: 2016_680,
    });
    let baseline = before;
    let killedMidway = 0;
    for (const delay of delays) {
      await runImport(join(dir, 'big.jsonl'), delay);
      const now = await counts();
      if (now.imports === baseline.imports) {
        killedMidway += 1;
        expect(now).toEqual(baseline);
      } else {
        // On a loaded machine a kill can land after the commit: then the whole file is there.
        const last = (await ws.withCase('c1', (s) => s.listImports())).at(-1);
        expect(last).toMatchObject({ rowsIn: 2 * BIG, imported: 2 * BIG, rejected: 0 });
        baseline = now;
      }
    }
    expect(killedMidway).toBeGreaterThanOrEqual(KILLS / 2);
    // Nothing was left half-written or locked: the same import then runs to the end.
    expect((await runImport(join(dir, 'big.jsonl'))).code).toBe(0);
    expect((await counts()).imports).toBe((baseline.imports ?? 0) + 1);
    expect(await ws.verifyAudit()).toMatchObject({ ok: true });
  }, 180_000);
});

async function timeImport(caseName: string): Promise<number> {
  const t = Date.now();
  await new Promise((done) =>
    spawn(process.execPath, [CLI, 'import', 'entities', join(dir, 'big.jsonl'), '--case', caseName], {
      env: { ...process.env, SKEIN_WORKSPACE: dir },
      stdio: 'ignore',
    }).on('exit', done),
  );
  return Date.now() - t;
}
