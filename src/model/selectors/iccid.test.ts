import { describe, expect, it } from 'vitest';
import { normaliseIccid } from './iccid.js';

const expectOk = (raw: string, opts = {}) => {
  const r = normaliseIccid(raw, opts);
  if (!r.ok) throw new Error(`expected ok for ${raw}, got ${r.error.code}`);
  return r.value;
};

describe('normaliseIccid', () => {
  it('accepts the 19-digit spec example and reads the country calling code', () => {
    expect(expectOk('8944 0000 0000 0000 126')).toMatchObject({
      value: '8944000000000000126',
      flags: [],
      detail: { countryCallingCode: '44' },
    });
  });

  it('reads 3-digit and zero-padded North American calling codes', () => {
    // Luhn-valid numbers built for the test: 89218… (Libya) and 8901… (NANP).
    expect(expectOk('8921800000000000001').detail.countryCallingCode).toBe('218');
    expect(expectOk('89012600000000000003').detail.countryCallingCode).toBe('1');
  });

  it('strips F padding from packed-BCD dumps', () => {
    expect(expectOk('8944000000000000126F')).toMatchObject({
      value: '8944000000000000126',
      flags: ['padding-stripped'],
    });
  });

  it('adds the check digit to an 18-digit ICCID', () => {
    expect(expectOk('894400000000000012')).toMatchObject({
      value: '8944000000000000126',
      flags: ['check-digit-missing'],
    });
  });

  it('always adds the check digit when the source omits it', () => {
    expect(expectOk('8944000000000000126', { checkDigit: 'absent' })).toMatchObject({
      value: '89440000000000001265',
      flags: ['check-digit-missing'],
    });
  });

  it.each([
    ['', 'ICCID_EMPTY'],
    ['8944000000000X00126', 'ICCID_BAD_CHARACTERS'],
    ['7944000000000000126', 'ICCID_BAD_PREFIX'],
    ['89440000000000', 'ICCID_BAD_LENGTH'],
    ['89440000000000001260000', 'ICCID_BAD_LENGTH'],
    ['8944000000000000127', 'ICCID_BAD_CHECK_DIGIT'],
  ])('%j → %s', (raw, code) => {
    const r = normaliseIccid(raw);
    expect(r.ok ? undefined : r.error).toEqual({ code, kind: 'iccid', raw });
  });
});
