import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCase, type TestCase } from '../cdr/testing/case-fixture.js';
import { towerDumpImporter } from './importer.js';

let tc: TestCase;
beforeEach(async () => {
  tc = await openTestCase();
});
afterEach(async () => {
  await tc.dispose();
});

const HEADER = 'Target No,Call Type,B Party No,Date,Time,Dur(s),First CGI,Last CGI,IMEI,IMSI';
const IN = '208-01-1000-20000';
/** Lines 2–7: two in scope, one before the window, one after, one on another cell, one unreadable. */
const ROWS = [
  `+33612345601,MOC,+33612345602,05/01/2026,10:00:00,30,${IN},,,`,
  `+33612345603,MTC,+33612345604,05/01/2026,11:59:59,12,${IN},,,`,
  `+33612345605,MOC,+33612345606,05/01/2026,09:59:59,5,${IN},,,`,
  `+33612345607,MOC,+33612345608,05/01/2026,12:00:01,5,${IN},,,`,
  '+33612345609,MOC,+33612345610,05/01/2026,10:30:00,5,208-01-1000-29999,,,',
  `+33612345611,MOC,+33612345612,notadate,10:30:00,5,${IN},,,`,
];

describe('tower dump scope', () => {
  it('imports rows outside the request, counts each reason in the notes, keeps rows in = imported + rejected', async () => {
    const p = join(tc.dir, 'dump.csv');
    await writeFile(p, [HEADER, ...ROWS].join('\n'));
    const r = await tc.import(towerDumpImporter, p, {
      profile: 'en-csv',
      cells: [IN],
      from: '2026-01-05T09:00:00Z',
      to: '2026-01-05T11:00:00Z',
    });
    const rec = r.record;
    expect(rec.rowsIn).toBe(6);
    expect(rec.imported + rec.rejected).toBe(rec.rowsIn);
    expect([rec.imported, rec.rejected]).toEqual([5, 1]);
    const byCode = (code: string) => rec.notes.find((n) => n.startsWith(`${code}:`));
    expect(byCode('TOWERDUMP_OUT_OF_WINDOW')).toMatch(/^TOWERDUMP_OUT_OF_WINDOW: 2 rows .*lines 4, 5\)/u);
    expect(byCode('TOWERDUMP_OUT_OF_CELLS')).toMatch(/^TOWERDUMP_OUT_OF_CELLS: 1 row .*line 6\)/u);
    expect(byCode('TOWERDUMP_NO_CELL')).toBeUndefined();
    expect(rec.notes).toContain('in the scene: 2 of 5 imported rows');
    const tagged = await tc.query(`SELECT count(*)::INT n FROM events WHERE dump_id IS NOT NULL`);
    expect(tagged).toEqual([{ n: 5 }]);
  });
});
