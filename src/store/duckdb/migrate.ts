import type { Db } from './db.js';

/** A numbered, forward-only schema step. Versions are never reused or edited once released. */
export interface Migration {
  readonly version: number;
  readonly name: string;
  readonly sql: string;
}

/** Applies the migrations this database has not seen yet, each in its own transaction. */
export async function migrate(db: Db, migrations: readonly Migration[]): Promise<number> {
  await db.run(
    'CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER PRIMARY KEY, name VARCHAR, applied_at TIMESTAMPTZ)',
  );
  const done = new Set((await db.all('SELECT version FROM schema_migrations')).map((r) => Number(r.version)));
  let applied = 0;
  for (const m of [...migrations].sort((a, b) => a.version - b.version)) {
    if (done.has(m.version)) continue;
    await db.transaction(async () => {
      await db.run(m.sql);
      await db.run('INSERT INTO schema_migrations VALUES ($v, $n, now())', { v: m.version, n: m.name });
    });
    applied += 1;
  }
  return applied;
}
