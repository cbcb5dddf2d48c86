import { writeFile } from 'node:fs/promises';
import initSqlJs from 'sql.js';
import { realData } from '../test-support/real-data.js';

/** The directory of the real plaso test databases (see SOURCE.md there). */
export const REAL_DATA = realData('plaso_mobile_artifacts');

/** Writes a SQLite file built from `sql` statements, for schemas no real sample covers. */
export async function writeSqlite(path: string, sql: string): Promise<string> {
  const SQL = await initSqlJs();
  const db = new SQL.Database();
  db.run(sql);
  await writeFile(path, db.export());
  db.close();
  return path;
}
