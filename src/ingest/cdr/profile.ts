import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { SkeinError } from '../../model/index.js';
import { ROLES } from './roles.js';

/**
 * A layout profile: how one operator writes its CDR or tower-dump files (format in README.md).
 * Columns are named by header text (matched folded, see roles.ts) or by 0-based position.
 */
export const Profile = z
  .object({
    name: z.string().min(1),
    description: z.string().optional(),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1256']).optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    sheet: z.string().optional(),
    columns: z.partialRecord(z.enum(ROLES), z.union([z.string().min(1), z.number().int().min(0)])),
    time: z
      .object({
        format: z.enum(['fields', 'compact', 'excel']),
        order: z.enum(['dmy', 'mdy', 'ymd']).optional(),
      })
      .strict()
      .optional(),
    tz: z.string().optional(),
    region: z.string().length(2).optional(),
    plmn: z.object({ mcc: z.number().int(), mnc: z.number().int() }).strict().optional(),
    cellHex: z.boolean().optional(),
    target: z.string().optional(),
  })
  .strict();
export type Profile = z.infer<typeof Profile>;

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
  const parsed = Profile.safeParse(JSON.parse(text));
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
