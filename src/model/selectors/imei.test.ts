import { describe, expect, it } from 'vitest';
import { normaliseImei } from './imei.js';
import { identifierSamples } from './test-support/samples.js';

const expectOk = (raw: string) => {
  const r = normaliseImei(raw);
  if (!r.ok) throw new Error(`expected ok for ${raw}, got ${r.error.code}`);
  return r.value;
};
const codeOf = (raw: string) => {
  const r = normaliseImei(raw);
  return r.ok ? undefined : r.error.code;
};

describe('normaliseImei', () => {
  it('accepts a Luhn-valid IMEI and splits TAC / serial', () => {
    const sel = expectOk('35-209900-176148-1');
    expect(sel).toMatchObject({ value: '352099001761481', flags: [], raw: '35-209900-176148-1' });
    expect(sel.detail).toEqual({ tac: '35209900', reportingBody: '35', serial: '176148' });
  });

  it('adds the check digit to a 14-digit IMEI', () => {
    expect(expectOk('26053179311383')).toMatchObject({
      value: '260531793113837',
      flags: ['check-digit-added'],
    });
  });

  it('repairs a zeroed check digit and flags it, so the device stays one node', () => {
    expect(expectOk('260531793113830')).toMatchObject({
      value: '260531793113837',
      flags: ['check-digit-zeroed'],
    });
  });

  it('regression (fast-check): a corrupted body before a genuine 0 check digit is flagged, not silently accepted', () => {
    // 780925821538620 is valid; its first digit changed gives 880925821538620.
    expect(expectOk('780925821538620').flags).toEqual([]);
    expect(expectOk('880925821538620').flags).toEqual(['check-digit-zeroed']);
  });

  it('reduces an IMEISV to the IMEI and keeps the SVN', () => {
    const sel = expectOk('35-209900-176148-23');
    expect(sel).toMatchObject({ value: '352099001761481', flags: ['imeisv'] });
    expect(sel.detail.svn).toBe('23');
  });

  it('folds Arabic-Indic digits and strips invisible marks', () => {
    expect(expectOk('\u200E٣٥٢٠٩٩٠٠١٧٦١٤٨١').value).toBe('352099001761481');
  });

  it.each([
    ['', 'IMEI_EMPTY'],
    ['35209900176148X', 'IMEI_BAD_CHARACTERS'],
    ['3520990017614', 'IMEI_BAD_LENGTH'],
    ['35209900176148123', 'IMEI_BAD_LENGTH'],
    ['352099001761482', 'IMEI_BAD_CHECK_DIGIT'],
  ])('%j → %s', (raw, code) => {
    expect(codeOf(raw)).toBe(code);
  });

  // python-stdnum test_imei.doctest. `imei_type() -> True` rows come from `imei_type(x) is None  # invalid
  // check digit`; the extraction kept only the printed `True`.
  describe.each(identifierSamples('imei'))('stdnum $value: $expected', ({ value, expected }) => {
    it('agrees', () => {
      const digits = value.replace(/-/gu, '');
      const validated = /^validate\(\) -> '(\d+)'$/u.exec(expected)?.[1];
      if (validated !== undefined) {
        const sel = expectOk(value);
        expect(sel.value.slice(0, 14)).toBe(validated.slice(0, 14));
        if (validated.length === 15) expect(sel.value).toBe(validated);
        if (validated.length === 16) expect(sel.detail.svn).toBe(validated.slice(14));
      } else if (expected === "imei_type() -> 'IMEISV'") {
        expect(expectOk(value).flags).toContain('imeisv');
      } else if (expected === "imei_type() -> 'IMEI'") {
        expect(expectOk(value)).toMatchObject({ value: digits, flags: [] });
      } else if (expected === 'imei_type() -> True') {
        expect(codeOf(value)).toBe('IMEI_BAD_CHECK_DIGIT');
      } else {
        throw new Error(`unrecognised sample expectation: ${expected}`);
      }
    });
  });
});
