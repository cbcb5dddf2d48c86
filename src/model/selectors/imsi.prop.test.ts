import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseImsi } from './imsi.js';
import { digitString, inSomeScript, withSeparators } from './test-support/noise.js';

const imsi = fc
  .tuple(fc.integer({ min: 200, max: 799 }), fc.integer({ min: 7, max: 12 }).chain(digitString))
  .map(([mcc, rest]) => `${mcc}${rest}`);

describe('normaliseImsi properties', () => {
  it('is idempotent and splits without losing digits', () => {
    fc.assert(
      fc.property(imsi, (s) => {
        const first = normaliseImsi(s);
        if (!first.ok) throw new Error(first.error.code);
        const { mcc, mnc, msin } = first.value.detail;
        expect(mcc + mnc + msin).toBe(first.value.value);
        expect(mnc.length === 2 || mnc.length === 3).toBe(true);
        const second = normaliseImsi(first.value.value);
        expect(second.ok && second.value).toEqual({ ...first.value, raw: first.value.value });
      }),
    );
  });

  it('ignores formatting noise and digit script', () => {
    fc.assert(
      fc.property(
        imsi.chain((v) => fc.tuple(fc.constant(v), inSomeScript(v).chain(withSeparators))),
        ([v, raw]) => {
          const r = normaliseImsi(raw);
          expect(r.ok && r.value.value).toBe(v);
        },
      ),
    );
  });
});
