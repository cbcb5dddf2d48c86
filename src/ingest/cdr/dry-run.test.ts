import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../contract.js';
import { cdrDryRun } from './dry-run.js';
import { randomCdrs, renderCdrFile } from './generate.js';
import { Profile } from './profile.js';

it('dry run shows the detected mapping, sample rows and doubts, and drafts a valid profile', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'skein-dry-'));
  try {
    const path = join(dir, 'fr.csv');
    await renderCdrFile(randomCdrs(30, 5), 'fr-sens', path);
    const r = await cdrDryRun(
      {
        path,
        fileName: basename(path),
        sha256: '',
        bytes: 0,
        tmpDir: dir,
        limits: DEFAULT_LIMITS,
        tz: 'Europe/Paris',
        region: 'FR',
      },
      {},
    );
    expect(r.mapping.map((m) => m.role).sort()).toEqual([
      'cell',
      'date',
      'direction',
      'duration',
      'imei',
      'imsi',
      'other',
      'target',
      'time',
      'type',
    ]);
    expect(r.sampleRows).toBe(30);
    expect(r.sampleRejected).toBe(0);
    expect(r.sample).toHaveLength(10);
    expect(Profile.safeParse(r.profileDraft).success).toBe(true);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});
