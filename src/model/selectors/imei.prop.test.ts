import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseImei } from './imei.js';
import { luhnCheckDigit } from './luhn.js';
import { corrupt, digitCorruption, digitString, inSomeScript, withSeparators } from './test-support/noise.js';

const body = digitString(14);
const imei = body.map((b) => b + luhnCheckDigit(b));

describe('normaliseImei properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 12, max: 17 }).chain(digitString), (s) => {
        const first = normaliseImei(s);
        if (!first.ok) return;
        const second = normaliseImei(first.value.value);
        expect(second.ok && second.value.value).toBe(first.value.value);
      }),
    );
  });

  it('ignores formatting noise and digit script', () => {
    const noisy = imei.chain((v) => fc.tuple(fc.constant(v), inSomeScript(v).chain(withSeparators)));
    fc.assert(
      fc.property(noisy, ([v, raw]) => {
        const r = normaliseImei(raw);
        expect(r.ok && r.value.value).toBe(v);
      }),
    );
  });

  it('gives the same device for the 14-digit, 15-digit and IMEISV forms', () => {
    fc.assert(
      fc.property(body, digitString(2), (b, svn) => {
        const values = [b, b + luhnCheckDigit(b), b + svn].map((s) => {
          const r = normaliseImei(s);
          return r.ok ? r.value.value : r.error.code;
        });
        expect(new Set(values).size).toBe(1);
      }),
    );
  });

  // A trailing 0 that does not verify is read as the zeroed-check-digit convention, which a corrupted
  // body digit in front of a genuine 0 check digit can imitate: such input is never accepted unflagged.
  it('catches any single-digit corruption, or flags it when it ends in 0', () => {
    fc.assert(
      fc.property(imei, digitCorruption(15), (v, c) => {
        const bad = corrupt(v, c);
        const r = normaliseImei(bad);
        if (bad.endsWith('0')) expect(r.ok && r.value.flags).toEqual(['check-digit-zeroed']);
        else expect(r.ok ? undefined : r.error.code).toBe('IMEI_BAD_CHECK_DIGIT');
      }),
    );
  });
});
