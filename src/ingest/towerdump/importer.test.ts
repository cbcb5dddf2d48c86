import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { randomCdrs, renderCdrFile } from '../cdr/generate.js';
import { openTestCase, type TestCase } from '../cdr/testing/case-fixture.js';
import { towerDumpImporter } from './importer.js';

let tc: TestCase;
beforeEach(async () => {
  tc = await openTestCase();
});
afterEach(async () => {
  await tc.dispose();
});

describe('tower dump importer', () => {
  it('records the scene and tags every event with the dump id', async () => {
    const p = join(tc.dir, 'td.csv');
    await renderCdrFile(randomCdrs(50, 3), 'compact-hex', p);
    const r = await tc.import(towerDumpImporter, p, {
      profile: 'compact-hex',
      cells: ['208-1-1000-20000', '208-01-1001-20007'],
      from: '2026-01-05T00:00:00Z',
      to: '2026-04-05T00:00:00Z',
      label: 'scene A',
    });
    expect(r.record.rowsIn).toBe(50);
    const dumps = await tc.query(`SELECT id, label, cells FROM tower_dumps`);
    expect(dumps).toHaveLength(1);
    expect(dumps[0]?.cells).toBe('["208-1-1000-20000","208-1-1001-20007"]');
    const tagged = await tc.query(
      `SELECT count(*)::INT n FROM events WHERE dump_id = '${String(dumps[0]?.id)}'`,
    );
    expect(tagged).toEqual([{ n: 50 }]);
  });
});
