import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseContentLine } from './content-line.js';
import { decodedValue, splitStructured, unescapeText } from './decode.js';
import { unfoldAll } from './unfold.js';

const text = fc.string({ unit: 'grapheme', minLength: 1, maxLength: 80 }).filter((s) => !/[\r\n]/u.test(s));

/** Folds a line at the given cut points, as RFC 6350 §3.2 allows (break + one space). */
function fold(line: string, cuts: readonly number[]): string[] {
  const points = [...new Set(cuts.map((c) => c % line.length))].filter((c) => c > 0).sort((a, b) => a - b);
  const parts: string[] = [];
  let prev = 0;
  for (const p of points) {
    parts.push(line.slice(prev, p));
    prev = p;
  }
  parts.push(line.slice(prev));
  return parts.map((p, i) => (i === 0 ? p : ` ${p}`));
}

function encodeQp(value: string, width: number): string[] {
  const bytes = new TextEncoder().encode(value);
  const enc = [...bytes].map((b) =>
    b >= 33 && b <= 126 && b !== 61
      ? String.fromCharCode(b)
      : `=${b.toString(16).toUpperCase().padStart(2, '0')}`,
  );
  const lines: string[] = [];
  let current = '';
  for (const e of enc) {
    if (current.length + e.length > width) {
      lines.push(`${current}=`);
      current = '';
    }
    current += e;
  }
  lines.push(current);
  return lines;
}

describe('vcard unfolding and decoding', () => {
  it('unfolds any folding of a line back to the line', () => {
    fc.assert(
      fc.property(text, fc.array(fc.nat()), (value, cuts) => {
        const line = `NOTE:${value}`;
        const [logical, ...more] = unfoldAll(['BEGIN:VCARD', ...fold(line, cuts), 'END:VCARD']).slice(1, -1);
        expect(more).toEqual([]);
        expect(logical?.text).toBe(line);
        expect(logical?.row).toBe(2);
      }),
    );
  });

  it('decodes quoted-printable with soft line breaks to the original text', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: 8, max: 76 }), (value, width) => {
        const [first = '', ...rest] = encodeQp(value, width);
        const physical = [`FN;CHARSET=UTF-8;ENCODING=QUOTED-PRINTABLE:${first}`, ...rest, 'TEL:1'];
        const [logical] = unfoldAll(physical);
        const line = parseContentLine(logical?.text ?? '', 1);
        expect(line === undefined ? undefined : decodedValue(line)).toBe(value);
      }),
    );
  });

  it('splits structured values on unescaped semicolons only', () => {
    const part = fc.string({ maxLength: 10 });
    fc.assert(
      fc.property(fc.array(part, { minLength: 1, maxLength: 5 }), (parts) => {
        const escaped = parts.map((p) => p.replace(/[\\;,]/gu, (c) => `\\${c}`).replace(/\n/gu, '\\n'));
        expect(splitStructured(escaped.join(';'))).toEqual(parts);
        expect(unescapeText(escaped[0] ?? '')).toBe(parts[0]);
      }),
    );
  });
});
