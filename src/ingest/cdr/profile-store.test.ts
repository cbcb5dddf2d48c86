import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSkeinError } from '../../model/index.js';
import { loadProfile } from './profile.js';
import { listProfiles, resolveProfileName, saveWorkspaceProfile } from './profile-store.js';

let dir: string;
beforeEach(async () => {
  dir = join(await mkdtemp(join(tmpdir(), 'skein-profiles-')), 'profiles');
});
afterEach(async () => {
  await rm(join(dir, '..'), { recursive: true, force: true });
});

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isSkeinError(e)) return e.code;
    throw e;
  }
  return 'NO_ERROR';
}

const mine = { name: 'op-x', columns: { target: 'MSISDN', start: 'When' }, tz: 'Europe/Paris' };

describe('workspace profiles', () => {
  it('saves a profile that loads back and is listed before the shipped ones', async () => {
    await saveWorkspaceProfile(dir, mine, { replace: false });
    const path = await resolveProfileName(dir, 'op-x');
    expect(await loadProfile(path)).toEqual(mine);
    const list = await listProfiles(dir);
    expect(list[0]).toEqual({ name: 'op-x', source: 'workspace' });
    expect(list.some((p) => p.name === 'en-csv' && p.source === 'shipped')).toBe(true);
    expect(await resolveProfileName(dir, 'en-csv')).toBe('en-csv');
  });

  it('refuses a taken name unless replacing, a shipped name, and a name that is not a file name', async () => {
    await saveWorkspaceProfile(dir, mine, { replace: false });
    expect(await codeOf(saveWorkspaceProfile(dir, mine, { replace: false }))).toBe('CDR_PROFILE_EXISTS');
    await saveWorkspaceProfile(dir, { ...mine, tz: 'UTC' }, { replace: true });
    expect((await loadProfile(await resolveProfileName(dir, 'op-x'))).tz).toBe('UTC');
    expect(await codeOf(saveWorkspaceProfile(dir, { ...mine, name: 'en-csv' }, { replace: true }))).toBe(
      'CDR_PROFILE_SHIPPED',
    );
    expect(await codeOf(saveWorkspaceProfile(dir, { ...mine, name: '../x' }, { replace: false }))).toBe(
      'CDR_BAD_PROFILE_NAME',
    );
    expect(await codeOf(resolveProfileName(dir, '/etc/passwd'))).toBe('CDR_BAD_PROFILE_NAME');
    expect(await codeOf(resolveProfileName(dir, 'nope'))).toBe('CDR_PROFILE_NOT_FOUND');
  });

  it('answers CDR_BAD_PROFILE for a profile file that is not JSON, and still lists it', async () => {
    await saveWorkspaceProfile(dir, mine, { replace: false });
    await writeFile(join(dir, 'broken.json'), '{ not json');
    expect(await codeOf(loadProfile(join(dir, 'broken.json')))).toBe('CDR_BAD_PROFILE');
    expect((await listProfiles(dir)).map((p) => p.name)).toContain('broken');
  });
});
