import { mkdir, readdir, readFile, rename, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { ProfileName } from '../../model/api/index.js';
import { SkeinError } from '../../model/index.js';
import { loadProfile, Profile, SHIPPED_PROFILE_DIR } from './profile.js';

/** Where a workspace keeps the profiles its analysts saved: `<workspace>/profiles/<name>.json`. */
export function workspaceProfileDir(workspaceRoot: string): string {
  return join(workspaceRoot, 'profiles');
}

export interface ProfileEntry {
  readonly name: string;
  readonly source: 'workspace' | 'shipped';
  readonly description?: string;
}

async function entriesIn(dir: string, source: ProfileEntry['source']): Promise<ProfileEntry[]> {
  const files = await readdir(dir).catch(() => [] as string[]);
  const out: ProfileEntry[] = [];
  for (const f of files.filter((x) => x.endsWith('.json')).sort()) {
    const name = f.slice(0, -'.json'.length);
    // An unreadable file is still listed: choosing it answers CDR_BAD_PROFILE, nothing disappears.
    const parsed = Profile.safeParse(await readJson(join(dir, f)));
    const description = parsed.success ? parsed.data.description : undefined;
    out.push({ name, source, ...(description === undefined ? {} : { description }) });
  }
  return out;
}

async function readJson(path: string): Promise<unknown> {
  try {
    return JSON.parse(await readFile(path, 'utf8'));
  } catch {
    return undefined;
  }
}

/** The workspace's saved profiles, then the shipped ones whose names no saved profile takes. */
export async function listProfiles(workspaceDir: string): Promise<ProfileEntry[]> {
  const saved = await entriesIn(workspaceDir, 'workspace');
  const taken = new Set(saved.map((p) => p.name));
  const shipped = (await entriesIn(SHIPPED_PROFILE_DIR, 'shipped')).filter((p) => !taken.has(p.name));
  return [...saved, ...shipped];
}

function checkName(name: string): string {
  if (!ProfileName.safeParse(name).success) {
    throw new SkeinError(
      'CDR_BAD_PROFILE_NAME',
      'A profile name is 1–64 lower-case letters, digits, dots, dashes or underscores.',
      { input: name, field: 'name' },
    );
  }
  return name;
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  );
}

/**
 * Saves a profile under its name in the workspace. A shipped name is refused (one name, one layout),
 * and so is an existing saved name unless `replace`: imports made with it name it in their notes.
 */
export async function saveWorkspaceProfile(
  workspaceDir: string,
  profile: Profile,
  opts: { readonly replace: boolean },
): Promise<ProfileEntry> {
  const checked = Profile.parse(profile);
  const name = checkName(checked.name);
  if (await isFile(join(SHIPPED_PROFILE_DIR, `${name}.json`))) {
    throw new SkeinError('CDR_PROFILE_SHIPPED', `${name} is a shipped profile.`, { input: name });
  }
  const path = join(workspaceDir, `${name}.json`);
  if (!opts.replace && (await isFile(path))) {
    throw new SkeinError('CDR_PROFILE_EXISTS', `A profile named ${name} is already saved.`, { input: name });
  }
  await mkdir(workspaceDir, { recursive: true });
  // Written aside and renamed, so an import reading the profile never sees half a file.
  const tmp = `${path}.${process.pid}.tmp`;
  await writeFile(tmp, `${JSON.stringify(checked, null, 2)}\n`, 'utf8');
  await rename(tmp, path);
  return { name, source: 'workspace', ...(checked.description ? { description: checked.description } : {}) };
}

/**
 * What an import's `profile` option must hold for a profile chosen by name: the saved file's path when
 * the workspace has one, else the shipped name. Paths are never accepted here (API input).
 */
export async function resolveProfileName(workspaceDir: string, name: string): Promise<string> {
  checkName(name);
  const saved = join(workspaceDir, `${name}.json`);
  if (await isFile(saved)) return saved;
  if (await isFile(join(SHIPPED_PROFILE_DIR, `${name}.json`))) return name;
  throw new SkeinError('CDR_PROFILE_NOT_FOUND', `no profile ${name}`, { input: name });
}

/** A chosen profile: what the importer's `profile` option must hold, and the zone and region it sets. */
export interface ChosenProfile {
  /** The saved file's path, a path given on the command line, or a shipped name. */
  readonly option: string;
  readonly tz?: string;
  readonly region?: string;
}

/**
 * Resolves a profile given by name (the workspace's saved ones first, then the shipped ones) or, where the
 * caller allows it (the command line, never the API), by path. Its zone and region are returned so they
 * rank above the case defaults: a profile describes the file, the case default only guesses.
 */
export async function chooseProfile(
  workspaceRoot: string,
  nameOrPath: string,
  o: { readonly allowPaths: boolean },
): Promise<ChosenProfile> {
  const isPath = /[/\\]|\.json$/u.test(nameOrPath);
  const option =
    o.allowPaths && isPath
      ? nameOrPath
      : await resolveProfileName(workspaceProfileDir(workspaceRoot), nameOrPath);
  const p = await loadProfile(option);
  return { option, ...(p.tz ? { tz: p.tz } : {}), ...(p.region ? { region: p.region } : {}) };
}
