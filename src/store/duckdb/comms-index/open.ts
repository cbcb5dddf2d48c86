import type { Db } from '../db.js';
import { buildCommsIndex } from './build.js';
import { CommsIndex } from './comms-index.js';

/** The index directory beside a case database file. */
export const commsIndexDir = (dbPath: string): string => `${dbPath}.comms`;

/** Open indexes by directory, so a long-lived server reads each case's dictionaries once per change. */
const open = new Map<string, CommsIndex>();

/** The case's communications index for `stamp`, built first if it is missing or older. */
export async function commsIndexFor(db: Db, stamp: string): Promise<CommsIndex> {
  const dir = commsIndexDir(db.path);
  const cached = open.get(dir);
  if (cached?.stamp === stamp) return cached;
  let ix = CommsIndex.open(dir);
  if (ix?.stamp !== stamp) {
    await buildCommsIndex(db, dir, stamp);
    ix = CommsIndex.open(dir);
    if (ix === undefined) throw new Error(`the communications index in ${dir} did not open after building`);
  }
  if (cached !== undefined && cached !== ix) cached.close();
  open.set(dir, ix);
  return ix;
}

/** Closes and forgets the open index of a case database file (before the case is erased). */
export function releaseCommsIndex(dbPath: string): void {
  const dir = commsIndexDir(dbPath);
  open.get(dir)?.close();
  open.delete(dir);
}
