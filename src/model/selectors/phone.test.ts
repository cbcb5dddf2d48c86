import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.js';
import { phoneDetails } from './phone-details.js';

const valueOf = (raw: string, region?: Parameters<typeof normalisePhone>[1]) => {
  const r = normalisePhone(raw, region);
  if (!r.ok) throw new Error(`expected ok for ${raw}, got ${r.error.code}`);
  return r.value;
};

describe('normalisePhone: E.164 from national, 00 and + forms', () => {
  it.each([
    ['LY national', '091-234-5678', 'LY', '+218912345678'],
    ['LY 00', '00218 91 234 5678', undefined, '+218912345678'],
    ['LY +', '+218 (91) 234.5678', undefined, '+218912345678'],
    ['LY international without +, region given', '218912345678', 'LY', '+218912345678'],
    ['LY Arabic-Indic digits', '٠٩١٢٣٤٥٦٧٨', 'LY', '+218912345678'],
    ['LY Eastern Arabic-Indic digits', '+۲۱۸۹۱۲۳۴۵۶۷۸', undefined, '+218912345678'],
    ['TN national', '20 123 456', 'TN', '+21620123456'],
    ['TN 00', '0021620123456', undefined, '+21620123456'],
    ['EG national', '010 1234 5678', 'EG', '+201012345678'],
    ['EG +', '+20 10 1234 5678', undefined, '+201012345678'],
    ['MA national', '06 12 34 56 78', 'MA', '+212612345678'],
    ['MA 00', '00 212 6 12 34 56 78', undefined, '+212612345678'],
    ['FR national', '06 12 34 56 78', 'FR', '+33612345678'],
    ['FR trunk zero in brackets', '+33 (0)6 12 34 56 78', undefined, '+33612345678'],
    ['GB national', '020 7946 0958', 'GB', '+442079460958'],
    ['GB 00', '0044 20 7946 0958', 'FR', '+442079460958'],
  ] as const)('%s', (_label, raw, region, expected) => {
    const sel = valueOf(raw, region !== undefined ? { region } : {});
    expect(sel.value).toBe(expected);
    expect(sel.flags).toEqual([]);
    expect(sel.raw).toBe(raw);
  });

  it('strips Excel apostrophes, ="…" formulas and bidi marks', () => {
    expect(valueOf("'0912345678", { region: 'LY' }).value).toBe('+218912345678');
    expect(valueOf('="00218912345678"').value).toBe('+218912345678');
    expect(valueOf('\u200F+218\u200E 91 234 5678\u202C').value).toBe('+218912345678');
  });

  it('keeps an extension in the detail, not in the value', () => {
    const sel = valueOf('+44 20 7946 0958 ext. 12');
    expect(sel.value).toBe('+442079460958');
    expect(sel.detail.extension).toBe('12');
  });

  it('reports the country of the number', () => {
    expect(valueOf('+218912345678').detail).toMatchObject({
      form: 'e164',
      country: 'LY',
      countryCallingCode: '218',
    });
    expect(phoneDetails('+21620123456')?.country).toBe('TN');
    expect(phoneDetails('not a number')).toBeUndefined();
  });
});

describe('normalisePhone: non-E.164 senders', () => {
  it('keeps short codes region-scoped and prefixed', () => {
    expect(valueOf('1234', { region: 'LY' })).toMatchObject({
      value: 'short:LY:1234',
      flags: ['short-code'],
    });
    expect(valueOf('1 2 3')).toMatchObject({ value: 'short:123', flags: ['short-code'] });
  });

  it('keeps alphanumeric senders verbatim behind a prefix', () => {
    expect(valueOf('VODAFONE')).toMatchObject({ value: 'alpha:VODAFONE', flags: ['alphanumeric'] });
    expect(valueOf(' Bank-SMS ')).toMatchObject({ value: 'alpha:Bank-SMS', flags: ['alphanumeric'] });
  });

  it('does not guess the country of a national number without region', () => {
    const sel = valueOf('0912345678');
    expect(sel).toMatchObject({ value: 'nat:0912345678', flags: ['national-unresolved'] });
    expect(valueOf('218912345678').detail.candidateE164).toBe('+218912345678');
  });

  it('keeps possible numbers from ranges the metadata does not know, flagged unverified', () => {
    // +218 99… is the right length for Libya but not an allocated mobile range in the metadata.
    const sel = valueOf('+218 99 123 4567');
    expect(sel.value).toBe('+218991234567');
    expect(sel.flags).toEqual(['unverified']);
  });
});

describe('normalisePhone: failures', () => {
  it.each([
    ['', 'PHONE_EMPTY'],
    ['  \u200F ', 'PHONE_EMPTY'],
    ['+1234', 'PHONE_INVALID'],
    ['+999 123456789', 'PHONE_INVALID'],
    ['12', 'PHONE_INVALID'],
    ['#$%', 'PHONE_INVALID'],
    ['+21891234567891234', 'PHONE_INVALID'],
  ])('%j → %s', (raw, code) => {
    const r = normalisePhone(raw);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error).toEqual({ code, kind: 'phone', raw });
  });

  it('rejects an unknown region code', () => {
    const r = normalisePhone('0912345678', { region: 'ZZ' as 'LY' });
    expect(r.ok ? undefined : r.error.code).toBe('PHONE_BAD_REGION');
  });
});
