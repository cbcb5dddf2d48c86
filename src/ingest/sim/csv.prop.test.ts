import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './csv.js';

const quote = (f: string) => (/[",\r\n]/u.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f);

describe('parseCsv (property)', () => {
  it('reads back any table written with RFC 4180 quoting', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.string(), { minLength: 1, maxLength: 6 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        (rows, eol) => {
          const text = rows.map((r) => r.map(quote).join(',')).join(eol) + eol;
          expect(parseCsv(text)).toEqual(rows);
        },
      ),
    );
  });
});
