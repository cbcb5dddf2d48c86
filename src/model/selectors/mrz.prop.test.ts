import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseMrz } from './mrz.js';
import type { MrzDocument } from './mrz-types.js';
import { buildTd1, buildTd2, buildTd3, buildVisa } from './test-support/mrz-builder.js';
import type { BuilderFields } from './test-support/mrz-builder.js';

const referenceDate = new Date('2025-06-01T00:00:00Z');
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const MRZ_CHARS = `${ALNUM}<`;

const text = (chars: string, min: number, max: number) =>
  fc.array(fc.constantFrom(...chars), { minLength: min, maxLength: max }).map((a) => a.join(''));
const word = text('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 1, 8);
const state = text('ABCDEFGHIJKLMNOPQRSTUVWXYZ', 3, 3);
const date = (from: number, to: number) =>
  fc
    .date({ min: new Date(Date.UTC(from, 0, 1)), max: new Date(Date.UTC(to, 11, 31)), noInvalidDate: true })
    .map((d) => ({
      iso: d.toISOString().slice(0, 10),
      yymmdd: d.toISOString().slice(2, 10).replaceAll('-', ''),
    }));

const fields = (docMax: number, optionalMax: number) =>
  fc.record({
    code: fc.constantFrom('<', 'D', 'X'),
    issuingState: state,
    nationality: state,
    primary: word,
    secondary: word,
    documentNumber: text(ALNUM, 1, docMax),
    optional: text(ALNUM, 0, optionalMax),
    sex: fc.constantFrom('M', 'F', 'X', '<'),
    birth: date(1930, 2024),
    expiry: date(2006, 2044),
  });

type Generated = fc.Arbitrary<{ lines: string[]; expected: Partial<MrzDocument> }>;

const layout = (
  letter: string,
  docMax: number,
  optionalMax: number,
  build: (f: BuilderFields) => string[],
  format: MrzDocument['format'],
): Generated =>
  fields(docMax, optionalMax).map((f) => ({
    lines: build({
      documentCode: letter + f.code,
      issuingState: f.issuingState,
      primary: f.primary,
      secondary: f.secondary,
      documentNumber: f.documentNumber,
      nationality: f.nationality,
      birth: f.birth.yymmdd,
      sex: f.sex,
      expiry: f.expiry.yymmdd,
      optional: f.optional,
    }),
    expected: {
      format,
      documentCode: (letter + f.code).replace(/<+$/u, ''),
      issuingState: f.issuingState,
      nationality: f.nationality,
      documentNumber: f.documentNumber,
      names: { primary: f.primary, secondary: f.secondary },
      sex: f.sex as MrzDocument['sex'],
      birthDate: { raw: f.birth.yymmdd, iso: f.birth.iso },
      expiryDate: { raw: f.expiry.yymmdd, iso: f.expiry.iso },
    },
  }));

const anyDocument = fc.oneof(
  layout('P', 9, 14, buildTd3, 'TD3'),
  layout('I', 9, 7, buildTd2, 'TD2'),
  layout('I', 13, 11, buildTd1, 'TD1'),
  layout('V', 9, 16, (f) => buildVisa(f, 44), 'MRVA'),
  layout('V', 9, 8, (f) => buildVisa(f, 36), 'MRVB'),
);

// Everything except the echo of the input lines, which trivially differs after a flip.
const comparable = (doc: MrzDocument) => ({ ...doc, lines: undefined });

describe('parseMrz properties', () => {
  it('round-trips every generated document with all checks valid', () => {
    fc.assert(
      fc.property(anyDocument, ({ lines, expected }) => {
        const r = parseMrz(lines, { referenceDate });
        if (!r.ok) throw new Error(`${r.error.code} ${r.error.field ?? ''}\n${lines.join('\n')}`);
        expect(r.value).toMatchObject(expected);
        expect(r.value.checks.every((c) => c.isValid)).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('after any one-character change, fails or reads different fields', () => {
    const flipped = anyDocument.chain((g) =>
      fc.tuple(
        fc.constant(g.lines),
        fc.integer({ min: 0, max: g.lines.length - 1 }),
        fc.nat(),
        fc.constantFrom(...MRZ_CHARS),
      ),
    );
    fc.assert(
      fc.property(flipped, ([lines, row, col, ch]) => {
        const line = lines[row] ?? '';
        const i = col % line.length;
        fc.pre(line.charAt(i) !== ch);
        const changed = lines.map((l, j) => (j === row ? l.slice(0, i) + ch + l.slice(i + 1) : l));
        const before = parseMrz(lines, { referenceDate });
        const after = parseMrz(changed, { referenceDate });
        if (!before.ok) throw new Error('generator produced an invalid MRZ');
        if (after.ok) expect(comparable(after.value)).not.toEqual(comparable(before.value));
      }),
      { numRuns: 1000 },
    );
  });
});
