import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCase, type TestCase } from '../cdr/testing/case-fixture.js';
import { cellsImporter } from './importer.js';
import { realData } from '../test-support/real-data.js';

const SAMPLE = realData('opencellid_sample', 'opencellid_canada_mcc302_sample.csv');
let tc: TestCase;
beforeEach(async () => {
  tc = await openTestCase();
});
afterEach(async () => {
  await tc.dispose();
});

describe('cells importer', () => {
  it('imports the real OpenCelliD sample under canonical keys', async () => {
    const r = await tc.import(cellsImporter, SAMPLE);
    expect(r.record.rowsIn).toBe(r.record.imported + r.record.rejected);
    expect(r.record.imported).toBe(209);
    const rows = await tc.query(
      `SELECT count(*)::INT n, count(DISTINCT radio)::INT radios FROM cells WHERE key LIKE '302-720-%'`,
    );
    expect(rows).toEqual([{ n: 209, radios: 2 }]);
  });
});
