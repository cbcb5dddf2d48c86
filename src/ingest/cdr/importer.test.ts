import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cdrImporter } from './importer.js';
import { LAYOUT_NAMES, randomCdrs, renderCdrFile } from './generate.js';
import { openTestCase, type TestCase } from './testing/case-fixture.js';

let tc: TestCase;
beforeEach(async () => {
  tc = await openTestCase();
});
afterEach(async () => {
  await tc.dispose();
});

describe('cdr importer over the shipped layouts', () => {
  for (const layout of LAYOUT_NAMES) {
    it(`imports ${layout} with its profile, every row accounted for`, async () => {
      const records = randomCdrs(300, 7);
      const path = join(tc.dir, `${layout}.dat`);
      await renderCdrFile(records, layout, path);
      const res = await tc.import(cdrImporter, path, { profile: layout });
      expect(res.status).toBe('imported');
      const r = res.record;
      expect(r.rowsIn).toBe(r.imported + r.rejected);
      const footers = layout === 'semicolon-preamble' ? 1 : 0;
      expect(r.rowsIn).toBe(300 + footers);
      expect(r.rejected).toBe(footers);
      const [ev] = await tc.query(`SELECT count(*) n FROM events`);
      expect(Number(ev?.n)).toBeGreaterThan(250);
    });
  }
});
