import { spawn, spawnSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';

// These tests drive the built CLI (`npm test` builds first), as an analyst would.
const CLI = resolve('bin/skein.js');
let dir: string;

function skein(...args: string[]): { code: number | null; out: string; err: string } {
  const r = spawnSync(process.execPath, [CLI, ...args], {
    env: { ...process.env, SKEIN_WORKSPACE: dir, SKEIN_USER: 'amina' },
    encoding: 'utf8',
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skein-cli-'));
  expect(skein('case', 'create', 'op-sahara', '--region', 'LY', '--tz', 'Africa/Tripoli').code).toBe(0);
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe('skein CLI', () => {
  it('lists cases as JSON', () => {
    const r = skein('case', 'list', '--json');
    expect(r.code).toBe(0);
    expect(JSON.parse(r.out)).toMatchObject([
      { name: 'op-sahara', region: 'LY', tz: 'Africa/Tripoli', status: 'open' },
    ]);
  });

  it('reports rows in = imported + rejected, and shows the rejects', async () => {
    const file = join(dir, 'people.jsonl');
    await writeFile(
      file,
      '{"record":"entity","kind":"phone","value":"0912345678"}\n{"record":"entity","kind":"device","value":"1"}\n',
    );
    const r = skein('import', 'entities', file, '--case', 'op-sahara', '--json');
    expect(r.code).toBe(0);
    const [report] = JSON.parse(r.out) as {
      rowsIn: number;
      imported: number;
      rejected: number;
      id: string;
    }[];
    expect(report).toMatchObject({ rowsIn: 2, imported: 1, rejected: 1 });
    const rejects = JSON.parse(skein('rejects', '--case', 'op-sahara', '--json').out) as unknown[];
    expect(rejects).toMatchObject([
      { importId: report?.id, row: 2, field: 'value', code: 'IMEI_BAD_LENGTH' },
    ]);
    const hits = JSON.parse(
      skein('search', '091-234-5678', '--case', 'op-sahara', '--json').out,
    ) as unknown[];
    expect(hits).toMatchObject([{ kind: 'phone', key: '+218912345678' }]);
  });

  it('reads a billing in its profile’s zone, not the case default, unless --tz says otherwise', async () => {
    const file = join(dir, 'billing.csv');
    await writeFile(
      file,
      'Target No,Call Type,B Party No,Date,Time,Dur(s),First CGI,Last CGI,IMEI,IMSI\n' +
        '+33612345678,MOC,+33698765432,05/01/2026,10:00:00,30,,,,\n',
    );
    const zoneNote = (r: { out: string }): string | undefined =>
      (JSON.parse(r.out) as { notes: string[] }[])[0]?.notes.find((n) => n.startsWith('local times read in'));
    // The case says Africa/Tripoli; the shipped en-csv profile says Europe/Paris.
    const byProfile = skein('import', 'cdr', file, '--case', 'op-sahara', '--profile', 'en-csv', '--json');
    expect(byProfile.code).toBe(0);
    expect(zoneNote(byProfile)).toBe('local times read in Europe/Paris');
    const byFlag = skein(
      'import',
      'cdr',
      file,
      '--case',
      'op-sahara',
      '--profile',
      'en-csv',
      '--tz',
      'UTC',
      '--force',
      '--json',
    );
    expect(zoneNote(byFlag)).toBe('local times read in UTC');
  });

  it('answers a user error with its code and no stack trace, and changes nothing', () => {
    const r = skein('search', 'x', '--case', 'no-such-case');
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/^error CASE_NOT_FOUND: /);
    expect(r.err).not.toMatch(/\n\s+at /);
    const bad = skein('import', 'entities', join(dir, 'missing.csv'), '--case', 'op-sahara');
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/^error IMPORT_FILE_NOT_FOUND: .*missing\.csv/);
  });

  it('fails with a clear message while another process holds the case', async () => {
    const holder = spawn(
      process.execPath,
      [
        '--input-type=module',
        '-e',
        `import { DuckDBInstance } from '@duckdb/node-api';
         const i = await DuckDBInstance.create(${JSON.stringify(join(dir, 'cases', 'op-sahara.duckdb'))});
         process.stdout.write('held\\n'); setTimeout(() => {}, 20000);`,
      ],
      { stdio: ['ignore', 'pipe', 'inherit'] },
    );
    await new Promise<void>((ok) => holder.stdout.once('data', () => ok()));
    try {
      const r = skein('search', 'x', '--case', 'op-sahara');
      expect(r.code).toBe(2);
      expect(r.err).toMatch(
        /^error STORE_LOCKED: Case op-sahara is held by another Skein process \(PID \d+\)/,
      );
    } finally {
      holder.kill('SIGKILL');
    }
  });

  it('purges a case only when confirmed, and the trail records the erasure', () => {
    expect(skein('case', 'purge', 'op-sahara').err).toMatch(/^error CONFIRMATION_REQUIRED/);
    expect(skein('case', 'purge', 'op-sahara', '--yes').code).toBe(0);
    expect(skein('search', 'x', '--case', 'op-sahara').err).toMatch(/^error CASE_NOT_FOUND/);
    const verify = skein('audit', 'verify', '--json');
    expect(verify.code).toBe(0);
    // The creation and the erasure; a failed, unconfirmed purge changes nothing and logs nothing.
    expect(JSON.parse(verify.out)).toMatchObject({ ok: true, count: 2 });
  });
});
