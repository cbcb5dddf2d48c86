import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { Db } from './db.js';
import { mergeStaging } from './finalize.js';
import { migrate } from './migrate.js';
import { CASE_MIGRATIONS } from './migrations/case.js';
import { STAGING_DDL } from './staging-tables.js';
import { tempDb } from './test-support/temp-db.js';

const T0 = Date.UTC(2026, 4, 3, 10);
const id = (n: number): string => `evt_${n.toString(16).padStart(24, '0')}`;
const cell = (n: number): string => `208-1-1-${n}`;

/**
 * A case holding 40 events (half without the B party's cell), then an import staging: each of them again
 * with both cells (one in four at another cell), 20 new events staged twice at different cells, and 20 new
 * events staged once.
 */
async function stageOverlap(db: Db): Promise<void> {
  await migrate(db, CASE_MIGRATIONS);
  const known = Array.from({ length: 40 }, (_, i) => {
    const bCell = i % 2 === 0 ? `'${cell(1000 + i)}'` : 'NULL';
    return `('${id(i)}', 'call', epoch_ms(${T0 + i * 60_000})::TIMESTAMPTZ, 30, 'phn_a', 'phn_${i % 7}', NULL, NULL, '{}',
             '${cell(i)}', NULL, NULL, ${bCell}, NULL, NULL)`;
  });
  await db.run(`INSERT INTO events VALUES ${known.join(', ')}`);
  await db.run(STAGING_DDL);
  const staged: string[] = [];
  const stage = (n: number, aCell: string, bCell: string): void => {
    const row = staged.length + 2;
    staged.push(`('${id(n)}', 'call', ${T0 + n * 60_000}, 30, 'phn_a', 'phn_${n % 7}', NULL, NULL, '{}',
                  '${aCell}', 'dev_${n}', NULL, '${bCell}', NULL, NULL, 'raw ${n}', 'Europe/Paris', NULL, NULL, ${row}, NULL)`);
  };
  for (let i = 0; i < 40; i++) stage(i, i % 4 === 0 ? cell(5000 + i) : cell(i), cell(1000 + i));
  for (let i = 40; i < 60; i++) {
    stage(i, cell(i), cell(2000 + i));
    stage(i, cell(3000 + i), cell(2000 + i));
  }
  for (let i = 60; i < 80; i++) stage(i, cell(i), cell(2000 + i));
  await db.run(`INSERT INTO stg_events VALUES ${staged.join(', ')}`);
}

async function merged(db: Db, partIds?: number): Promise<Record<string, unknown[]>> {
  await stageOverlap(db);
  await db.transaction(() => mergeStaging(db, 'imp_1', partIds));
  return {
    events: await db.all(`SELECT * FROM events ORDER BY ALL`),
    sources: await db.all(`SELECT * FROM event_sources ORDER BY ALL`),
    extra: await db.all(`SELECT * FROM cell_obs_extra ORDER BY ALL`),
  };
}

describe('merging staged events into the case', () => {
  const t = tempDb();

  it('gives the same case whether the merged ids go in one part or in many', async () => {
    const whole = await merged(t.db);
    const other = await Db.open(join(t.dir, 'parts.duckdb'), 'test');
    try {
      // 60 ids to merge (40 known, 20 staged twice), three per part: 20 parts.
      expect(await merged(other, 3)).toEqual(whole);
    } finally {
      other.close();
    }
    expect(whole.events).toHaveLength(80);
    expect(whole.sources).toHaveLength(100);
    // A known event gains the handset and the B cell its first source lacked, and keeps its own A cell.
    const first = (await t.db.one(`SELECT a_cell, a_imei, b_cell FROM events WHERE id = '${id(1)}'`)) ?? {};
    expect(first).toEqual({ a_cell: cell(1), a_imei: 'dev_1', b_cell: cell(1001) });
    // The other cells seen for the same party of one event are sightings of their own: one in four known
    // events (A at another cell) and every event staged twice.
    expect(whole.extra).toHaveLength(10 + 20);
  });
});
