import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdrImporter } from './importer.js';
import { LAYOUT_NAMES, randomCdrs, renderCdrFile } from './generate.js';
import { openTestCase, type TestCase } from './testing/case-fixture.js';
import { rowOnly } from './testing/row-only.js';

const SNAPSHOT = [
  `SELECT id, kind, t, duration_s, a, b, dump_id, props FROM events ORDER BY id`,
  `SELECT event_id, row_no, time_raw, time_zone, time_flag FROM event_sources ORDER BY event_id, row_no`,
  `SELECT party, other, dir, kind, t, cell, imei, imsi, event_id FROM legs ORDER BY event_id, party, dir, cell`,
  `SELECT id, kind, key, label FROM entities ORDER BY id`,
  `SELECT entity_id, row_no, raw FROM entity_sources ORDER BY entity_id, row_no, raw`,
  `SELECT id, src, dst FROM links ORDER BY id, src, dst`,
  `SELECT row_no, field, code FROM rejects ORDER BY row_no, field, code`,
  `SELECT cell, party, event_id FROM cell_obs ORDER BY ALL`,
  `SELECT rows_in, imported, rejected, skipped FROM imports`,
];

async function snapshot(tc: TestCase): Promise<unknown[]> {
  const out: unknown[] = [];
  for (const q of SNAPSHOT) out.push(await tc.query(q));
  return out;
}

let bulk: TestCase;
let rows: TestCase;
beforeEach(async () => {
  [bulk, rows] = await Promise.all([openTestCase(), openTestCase()]);
});
afterEach(async () => {
  await Promise.all([bulk.dispose(), rows.dispose()]);
});

async function compare(path: string, options: Record<string, unknown>): Promise<void> {
  const a = await bulk.import(cdrImporter, path, options);
  const b = await rows.import(rowOnly(cdrImporter), path, options);
  expect([a.record.rowsIn, a.record.rejected]).toEqual([b.record.rowsIn, b.record.rejected]);
  expect(await snapshot(bulk)).toEqual(await snapshot(rows));
}

describe('bulk SQL path equals the row path (oracle)', () => {
  for (const layout of LAYOUT_NAMES) {
    it(`on ${layout}`, async () => {
      const path = join(bulk.dir, `${layout}.dat`);
      await renderCdrFile(randomCdrs(200, 11), layout, path);
      await compare(path, { profile: layout });
    });
  }

  it('on a messy file: quotes, bad values, footers, withheld numbers, offsets, DST fold', async () => {
    const path = join(bulk.dir, 'messy.csv');
    await writeFile(
      path,
      [
        'Operator report',
        'Target No,Call Type,B Party No,Start,Dur(s),First CGI,IMEI,IMSI',
        '+33612345678,OUT,+33698765432,25/10/2026 02:30:00,60,208-1-1000-20000,490154203237518,208011234567890',
        '+33612345678,IN,Private,25/10/2026 03:10:00,1:05,208-01-1000-20000,490154203237519,20801',
        '"+33612345678","SMS-MT","+33698765432","25/10/2026 04:00:00",0,"208-1-1000-20001",,',
        '+33612345678,OUT,+33698765432,32/10/2026 04:00:00,10,,,',
        '+33612345678,OUT,+33698765432,2026-10-25T08:00:00+02:00,10,,,',
        '',
        '+33612345678,WHAT,+33698765432,26/10/2026 04:00:00,10,,,',
        '+33612345678,OUT,+33698765432,26/10/2026 05:00:00,ten,,,',
        '+33612345678,OUT,+0000000,26/10/2026 06:00:00,10,bad-cell,,',
        '+33612345678,OUT,+33698765432,29/03/2026 02:30:00,10,,,',
        '+33612345678,OUT,+33698765432,26/10/2026 07:00:00,10,,,,extra',
        '',
        'Total,9',
        '',
        '',
      ].join('\n'),
    );
    await compare(path, { tz: 'Europe/Paris', region: 'FR' });
    // Blank lines between rows are counted (as the row reader sees them), those after the last are not.
    const [skipped] = await bulk.query(`SELECT skipped FROM imports`);
    expect(JSON.parse(String(skipped?.skipped))).toMatchObject({ 'blank-line': 2 });
    const zones = await bulk.query(`SELECT time_zone FROM event_sources WHERE row_no = 7`);
    expect(zones).toEqual([{ time_zone: '+02:00' }]);
    const codes = await bulk.query(`SELECT row_no, code FROM rejects ORDER BY row_no`);
    expect(codes.map((r) => r.code)).toEqual([
      'CDR_BAD_TIMESTAMP',
      'CDR_BAD_TYPE',
      'CDR_BAD_DURATION',
      'CDR_BAD_NUMBER',
      'CDR_BAD_FIELD_COUNT',
      'CDR_FOOTER_ROW',
    ]);
    const flags = await bulk.query(
      `SELECT row_no, time_flag FROM event_sources WHERE time_flag IS NOT NULL ORDER BY row_no`,
    );
    expect(flags).toEqual([
      { row_no: 3, time_flag: 'dst-fold' },
      { row_no: 12, time_flag: 'dst-gap' },
    ]);
  });
});
