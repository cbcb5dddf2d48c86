import { describe, expect, it } from 'vitest';
import { parseMrz } from './mrz.js';
import { mrzCheckDigit } from './mrz-check-digit.js';
import type { MrzDocument } from './mrz-types.js';

const referenceDate = new Date('2025-06-01T00:00:00Z');
const parse = (lines: readonly string[] | string) => parseMrz(lines, { referenceDate });
const parsed = (lines: readonly string[] | string): MrzDocument => {
  const r = parse(lines);
  if (!r.ok) throw new Error(`expected ok, got ${r.error.code} ${r.error.field ?? ''}`);
  return r.value;
};
const issueOf = (lines: readonly string[] | string) => {
  const r = parse(lines);
  return r.ok ? undefined : { code: r.error.code, field: r.error.field };
};

const TD3 = ['P<UTODOE<<JOHN<SAMPLE<<<<<<<<<<<<<<<<<<<<<<<', 'ZX12345672UTO9003152M3001019<<<<<<<<<<<<<<00'];
const TD1 = [
  'I<UTOAB00123456<<<<<<<<<<<<<<<',
  '8807043F2806309UTO<<<<<<<<<<<2',
  'ROE<<JANE<EXAMPLE<<<<<<<<<<<<<',
];
const TD2 = ['I<UTOSMITH<<ALEX<<<<<<<<<<<<<<<<<<<<', 'C7654321<8UTO0102030X2912316<<<<<<<2'];

describe('mrzCheckDigit', () => {
  it('matches the verified ICAO specimen values', () => {
    expect(mrzCheckDigit('L898902C3')).toBe('6');
    expect(mrzCheckDigit('740812')).toBe('2');
    expect(mrzCheckDigit('120415')).toBe('9');
  });
});

describe('parseMrz on the spec examples', () => {
  it('reads TD3', () => {
    expect(parsed(TD3)).toMatchObject({
      format: 'TD3',
      documentCode: 'P',
      issuingState: 'UTO',
      documentNumber: 'ZX1234567',
      nationality: 'UTO',
      birthDate: { raw: '900315', iso: '1990-03-15' },
      sex: 'M',
      expiryDate: { raw: '300101', iso: '2030-01-01' },
      names: { primary: 'DOE', secondary: 'JOHN SAMPLE' },
      personalNumber: '',
    });
    expect(parsed(TD3).checks.map((c) => c.field)).toEqual([
      'documentNumber',
      'birthDate',
      'expiryDate',
      'personalNumber',
      'composite',
    ]);
  });

  it('reads TD1', () => {
    expect(parsed(TD1)).toMatchObject({
      format: 'TD1',
      documentNumber: 'AB0012345',
      birthDate: { iso: '1988-07-04' },
      expiryDate: { iso: '2028-06-30' },
      sex: 'F',
      names: { primary: 'ROE', secondary: 'JANE EXAMPLE' },
    });
  });

  it('reads TD2 with an unspecified sex', () => {
    expect(parsed(TD2)).toMatchObject({
      format: 'TD2',
      documentNumber: 'C7654321',
      sex: 'X',
      birthDate: { iso: '2001-02-03' },
    });
  });

  it('accepts one newline-separated string with surrounding whitespace', () => {
    expect(parsed(`\n  ${TD3[0]}\r\n${TD3[1]}  \n`).documentNumber).toBe('ZX1234567');
  });

  it('keeps expired documents in the past and birth dates before the reference', () => {
    const doc = parsed([
      'I<UTOD23145890<7349<<<<<<<<<<<',
      '3407127M9507122UTO<<<<<<<<<<<2',
      'STEVENSON<<PETER<JOHN<<<<<<<<<',
    ]);
    expect(doc.documentNumber).toBe('D23145890734');
    expect(doc.birthDate.iso).toBe('1934-07-12');
    expect(doc.expiryDate?.iso).toBe('1995-07-12');
  });
});

describe('parseMrz failures', () => {
  const withChar = (line: string, i: number, ch: string) => line.slice(0, i) + ch + line.slice(i + 1);

  it.each([
    ['empty', [], 'MRZ_EMPTY', undefined],
    ['lowercase', [TD3[0]?.toLowerCase() ?? '', TD3[1] ?? ''], 'MRZ_BAD_CHARACTERS', undefined],
    ['unequal lines', [TD3[0] ?? '', (TD3[1] ?? '').slice(1)], 'MRZ_BAD_LENGTH', undefined],
    ['4 lines', [...TD1, TD1[2] ?? ''], 'MRZ_BAD_LENGTH', undefined],
    ['unknown 44-char code', [withChar(TD3[0] ?? '', 0, 'X'), TD3[1] ?? ''], 'MRZ_UNKNOWN_FORMAT', undefined],
    [
      'document number',
      [TD3[0] ?? '', withChar(TD3[1] ?? '', 9, '3')],
      'MRZ_BAD_CHECK_DIGIT',
      'documentNumber',
    ],
    ['birth date', [TD3[0] ?? '', withChar(TD3[1] ?? '', 19, '3')], 'MRZ_BAD_CHECK_DIGIT', 'birthDate'],
    ['expiry date', [TD3[0] ?? '', withChar(TD3[1] ?? '', 27, '3')], 'MRZ_BAD_CHECK_DIGIT', 'expiryDate'],
    [
      'personal number',
      [TD3[0] ?? '', withChar(TD3[1] ?? '', 42, '3')],
      'MRZ_BAD_CHECK_DIGIT',
      'personalNumber',
    ],
    ['composite', [TD3[0] ?? '', withChar(TD3[1] ?? '', 43, '3')], 'MRZ_BAD_CHECK_DIGIT', 'composite'],
    [
      'TD1 composite',
      [TD1[0] ?? '', withChar(TD1[1] ?? '', 29, '3'), TD1[2] ?? ''],
      'MRZ_BAD_CHECK_DIGIT',
      'composite',
    ],
  ] as const)('%s → %s %s', (_label, lines, code, field) => {
    expect(issueOf(lines)).toEqual({ code, field });
  });

  it('reports an impossible date that passes its check digit', () => {
    // 901315 (month 13) with its own check digit and a recomputed composite.
    const line2 = `ZX12345672UTO901315${mrzCheckDigit('901315')}M3001019<<<<<<<<<<<<<<0`;
    const composite = mrzCheckDigit(line2.slice(0, 10) + line2.slice(13, 20) + line2.slice(21, 43));
    expect(issueOf([TD3[0] ?? '', line2 + composite])).toEqual({ code: 'MRZ_BAD_DATE', field: 'birthDate' });
  });

  it('lists every check in the issue', () => {
    const r = parse([TD3[0] ?? '', withChar(TD3[1] ?? '', 9, '3')]);
    expect(r.ok ? [] : (r.error.checks ?? []).filter((c) => !c.isValid).map((c) => c.field)).toEqual([
      'documentNumber',
      'composite',
    ]);
  });
});
