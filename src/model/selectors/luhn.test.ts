import { describe, expect, it } from 'vitest';
import { isLuhnValid, luhnCheckDigit } from './luhn.js';
import { identifierSamples } from './test-support/samples.js';

describe('luhn', () => {
  it('matches the 3GPP TS 23.003 Annex B worked example', () => {
    expect(luhnCheckDigit('26053179311383')).toBe('7');
    expect(isLuhnValid('260531793113837')).toBe(true);
  });

  it('throws on non-digits: callers validate first', () => {
    expect(() => luhnCheckDigit('12a4')).toThrow();
    expect(isLuhnValid('12a4')).toBe(false);
  });

  // python-stdnum doctests: calc_check_digit(x) -> d, validate(x) -> x, validate(x) -> INVALID, checksum(x) -> n.
  describe.each(identifierSamples('luhn'))('stdnum $value: $expected', ({ value, expected }) => {
    it('agrees', () => {
      const calc = /^calc_check_digit\(\) -> '(\d)'$/u.exec(expected);
      const checksum = /^checksum\(\) -> (\d)$/u.exec(expected);
      if (calc?.[1] !== undefined) expect(luhnCheckDigit(value)).toBe(calc[1]);
      else if (checksum?.[1] !== undefined) expect(isLuhnValid(value)).toBe(checksum[1] === '0');
      else if (expected.startsWith('validate() -> INVALID')) expect(isLuhnValid(value)).toBe(false);
      else if (expected.startsWith('validate() -> ')) expect(isLuhnValid(value)).toBe(true);
      else throw new Error(`unrecognised sample expectation: ${expected}`);
    });
  });
});
