import { mkdir } from 'node:fs/promises';
import { createWriteStream } from 'node:fs';
import { dirname, join, resolve, sep } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { SkeinError } from '../../model/index.js';
import type { SafeZip } from './safe-zip.js';

/**
 * Extracts every entry of a checked zip under `destDir` and returns the written paths.
 * The resolved path is checked once more so a bug in name checks cannot write outside `destDir`.
 */
export async function extractSafeZip(zip: SafeZip, destDir: string): Promise<string[]> {
  const root = resolve(destDir);
  const written: string[] = [];
  for (const entry of zip.entries) {
    const target = resolve(join(root, entry.name));
    if (target !== root && !target.startsWith(root + sep))
      throw new SkeinError('ARCHIVE_PATH_ESCAPE', `entry ${entry.name} resolves outside ${root}`, {
        field: entry.name,
      });
    if (entry.isDirectory) {
      await mkdir(target, { recursive: true });
      continue;
    }
    await mkdir(dirname(target), { recursive: true });
    // `wx` never follows or overwrites something already there (a planted symlink, a duplicate name).
    await pipeline(await zip.openStream(entry), createWriteStream(target, { flags: 'wx' }));
    written.push(target);
  }
  return written;
}
