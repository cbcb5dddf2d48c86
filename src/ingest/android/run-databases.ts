import { existsSync } from 'node:fs';
import type { Database } from 'sql.js';
import type { ImportInput, ImportOutcome, ProgressFn, RecordSink } from '../contract.js';
import { DbSession } from './db-session.js';
import { detectArtefacts } from './detect.js';
import type { DbArtefact } from './detect.js';
import { findSqliteFiles } from './folder.js';
import type { MobileDbOptions } from './options.js';
import { openSqlite } from './sqlite-file.js';

/** Imports one artefact of an open database into the session. */
export type ArtefactImporter = (db: Database, label: string, session: DbSession) => void;

/**
 * Finds the SQLite files of an input (one file or an unpacked extraction), recognises each by its
 * tables and runs the importers this importer handles; other databases are counted as skipped.
 */
export async function runDatabases(
  input: ImportInput,
  options: MobileDbOptions,
  sink: RecordSink,
  progress: ProgressFn,
  importers: Partial<Record<DbArtefact, ArtefactImporter>>,
): Promise<ImportOutcome> {
  const session = new DbSession(sink, input);
  const files = await findSqliteFiles(input.path);
  let done = 0;
  for (const file of files) {
    const db = await openSqlite(file.path, options.maxSqliteBytes, file.label);
    try {
      const artefacts = detectArtefacts(db);
      const mine = artefacts.filter((a) => importers[a] !== undefined);
      if (mine.length === 0) session.skip('other database');
      for (const artefact of mine) importers[artefact]?.(db, file.label, session);
      // The journal holds committed rows not yet in the main file; sql.js cannot replay it.
      if (mine.length > 0 && existsSync(`${file.path}-wal`))
        session.note(`SQLITE_WAL_NOT_MERGED: ${file.label}-wal was not read`);
    } finally {
      db.close();
    }
    done += 1;
    progress(done, files.length, 'rows');
  }
  if (files.length === 0) session.note('no SQLite database found');
  return session.finish();
}
