import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseIccid } from './iccid.js';
import { luhnCheckDigit } from './luhn.js';
import { corrupt, digitCorruption, digitString, withSeparators } from './test-support/noise.js';

// The practical lengths: 19 (18 + check digit) and 20 (19 + check digit).
const iccid = fc
  .constantFrom(16, 17)
  .chain(digitString)
  .map((rest) => `89${rest}`)
  .map((b) => b + luhnCheckDigit(b));

describe('normaliseIccid properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 16, max: 21 }).chain(digitString), (rest) => {
        const first = normaliseIccid(`89${rest}`);
        if (!first.ok) return;
        const second = normaliseIccid(first.value.value);
        expect(second.ok && second.value.value).toBe(first.value.value);
      }),
    );
  });

  it('ignores separators and F padding', () => {
    const noisy = iccid.chain((v) =>
      fc.tuple(fc.constant(v), withSeparators(v), fc.constantFrom('', 'F', 'FF', 'f')),
    );
    fc.assert(
      fc.property(noisy, ([v, raw, padding]) => {
        const r = normaliseIccid(raw + padding);
        expect(r.ok && r.value.value).toBe(v);
      }),
    );
  });

  it('catches any single-digit corruption', () => {
    fc.assert(
      fc.property(
        iccid.chain((v) => fc.tuple(fc.constant(v), digitCorruption(v.length))),
        ([v, c]) => {
          const r = normaliseIccid(corrupt(v, c));
          expect(r.ok ? undefined : r.error.code).toBe(
            c.index < 2 ? 'ICCID_BAD_PREFIX' : 'ICCID_BAD_CHECK_DIGIT',
          );
        },
      ),
    );
  });
});
