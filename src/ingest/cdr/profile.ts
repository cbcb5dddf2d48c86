import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LayoutProfile } from '../../model/api/index.js';
import { SkeinError } from '../../model/index.js';

/** A layout profile (format in README.md); the schema is the API contract's, so there is one copy. */
export const Profile = LayoutProfile;
export type Profile = LayoutProfile;

/** Where shipped profiles live: `profiles/` at the repository root. */
export const SHIPPED_PROFILE_DIR = resolve(dirname(fileURLToPath(import.meta.url)), '../../../profiles');

/** Loads a profile by shipped name (`fr-entrant-sortant`) or by path to a JSON file. */
export async function loadProfile(nameOrPath: string, dir = SHIPPED_PROFILE_DIR): Promise<Profile> {
  const path = /[/\\]|\.json$/u.test(nameOrPath) ? nameOrPath : join(dir, `${nameOrPath}.json`);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new SkeinError('CDR_PROFILE_NOT_FOUND', `no profile ${nameOrPath}`, { input: nameOrPath });
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new SkeinError('CDR_BAD_PROFILE', `profile ${nameOrPath} is not JSON`, { input: nameOrPath });
  }
  const parsed = Profile.safeParse(json);
  if (!parsed.success) {
    throw new SkeinError('CDR_BAD_PROFILE', `invalid profile ${nameOrPath}`, {
      input: nameOrPath,
      field: parsed.error.issues[0]?.path.join('.') ?? '',
    });
  }
  return parsed.data;
}

/** Writes a profile as pretty JSON. */
export async function saveProfile(profile: Profile, path: string): Promise<void> {
  await writeFile(path, `${JSON.stringify(Profile.parse(profile), null, 2)}\n`, 'utf8');
}
