import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BlankLineCounter } from './blank-lines.js';
import { csvRecords } from './csv-records.js';

async function parse(
  text: string,
  cuts: number[],
  delimiter = ',',
): Promise<{ line: number; fields: string[] }[]> {
  const points = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const chunks: string[] = [];
  let prev = 0;
  for (const p of points) {
    chunks.push(text.slice(prev, p));
    prev = p;
  }
  chunks.push(text.slice(prev));
  async function* gen(): AsyncGenerator<string> {
    for (const c of chunks) yield c;
  }
  const out = [];
  for await (const r of csvRecords(gen(), { delimiter })) out.push(r);
  return out;
}

function render(rows: string[][], eol: string, delimiter: string): { text: string; lines: number[] } {
  const lines: number[] = [];
  let line = 1;
  const parts = rows.map((row) => {
    lines.push(line);
    const text = row
      .map((f) => (/[",;\r\n\t]/.test(f) || f === '' ? `"${f.replaceAll('"', '""')}"` : f))
      .join(delimiter);
    line += (text.match(/\r\n|\r|\n/g) ?? []).length + 1;
    return text;
  });
  return { text: parts.join(eol) + eol, lines };
}

const field = fc.string({
  unit: fc.constantFrom('a', 'b', ',', ';', '"', '\n', '\r\n', 'é', 'ب', ' ', '\t'),
});

describe('csvRecords', () => {
  it('reads back any table, however the text is chunked, with each record’s starting line', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.array(field, { minLength: 2, maxLength: 5 }), { minLength: 1, maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.constantFrom(',', ';', '\t'),
        fc.array(fc.nat(), { maxLength: 6 }),
        async (rows, eol, delimiter, cuts) => {
          const { text, lines } = render(rows, eol, delimiter);
          const parsed = await parse(text, cuts, delimiter);
          expect(parsed.map((r) => r.fields)).toEqual(rows);
          expect(parsed.map((r) => r.line)).toEqual(lines);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('skips blank lines but keeps counting them', async () => {
    const out = await parse('a,b\n\nc,d', []);
    expect(out).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('counts the blank lines between records, past quoted fields that span lines', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.tuple(fc.array(field, { minLength: 2, maxLength: 4 }), fc.nat({ max: 3 })), {
          minLength: 1,
          maxLength: 8,
        }),
        fc.constantFrom('\n', '\r\n'),
        async (rows, eol) => {
          const text = rows
            .map(([row, blanks]) => render([row], eol, ',').text + eol.repeat(blanks))
            .join('');
          const counter = new BlankLineCounter(1, true);
          for (const r of await parse(text, [])) counter.see(r);
          // Blank lines after the last record are not between records.
          const between = rows.slice(0, -1).reduce((n, [, blanks]) => n + blanks, 0);
          expect(counter.blank).toBe(between);
        },
      ),
      { numRuns: 300 },
    );
  });
});
