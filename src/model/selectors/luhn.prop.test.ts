import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from './luhn.js';
import { corrupt, digitCorruption, digitString } from './test-support/noise.js';

// Oracle: the textbook definition, doubling every second digit from the right of the full number.
const naiveValid = (s: string): boolean =>
  [...s]
    .reverse()
    .map(Number)
    .map((d, i) => (i % 2 === 1 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d))
    .reduce((a, b) => a + b, 0) %
    10 ===
  0;

describe('luhn properties', () => {
  it('the computed digit makes the number valid, and only that digit does', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 30 }).chain(digitString),
        fc.integer({ min: 0, max: 9 }),
        (body, d) => {
          expect(isLuhnValid(body + String(d))).toBe(String(d) === luhnCheckDigit(body));
        },
      ),
    );
  });

  it('agrees with the naive definition', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 30 }).chain(digitString), (s) => {
        expect(isLuhnValid(s)).toBe(naiveValid(s));
      }),
    );
  });

  it('catches every single-digit substitution', () => {
    const valid = fc
      .integer({ min: 1, max: 25 })
      .chain(digitString)
      .map((b) => b + luhnCheckDigit(b));
    fc.assert(
      fc.property(
        valid.chain((v) => fc.tuple(fc.constant(v), digitCorruption(v.length))),
        ([v, c]) => {
          expect(isLuhnValid(corrupt(v, c))).toBe(false);
        },
      ),
    );
  });
});
