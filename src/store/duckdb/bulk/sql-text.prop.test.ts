import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBlank } from '../../../ingest/cdr/index.js';
import { tempDb } from '../test-support/temp-db.js';
import { blank, lit } from './sql-text.js';

describe('blank (SQL)', () => {
  const t = tempDb();

  it('agrees with the row rules on every field, whitespace-only or not', async () => {
    // Spaces and tabs around other characters, including whitespace the rules do not count as blank.
    const field = fc
      .array(fc.constantFrom(' ', '\t', 'a', '0', '\u00a0', '\n', "'", 'é'), { maxLength: 6 })
      .map((cs) => cs.join(''));
    await fc.assert(
      fc.asyncProperty(fc.array(field, { minLength: 1, maxLength: 20 }), async (fields) => {
        const rows = await t.db.all(
          `SELECT ${blank('x')} AS b FROM (VALUES ${fields.map((f) => `(${lit(f)})`).join(', ')}) v(x)`,
        );
        expect(rows.map((r) => r.b)).toEqual(fields.map(isBlank));
      }),
      { numRuns: 50 },
    );
  });

  it('counts a missing field (NULL) as blank', async () => {
    expect((await t.db.one(`SELECT ${blank('NULL::VARCHAR')} AS b`))?.b).toBe(true);
  });
});
