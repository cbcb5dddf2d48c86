// Luhn / mod-10 as in ISO/IEC 7812-1 Annex B and 3GPP TS 23.003 Annex B.

const sumDigits = (digits: string, doubleFromRight: boolean): number => {
  let sum = 0;
  let double = doubleFromRight;
  for (let i = digits.length - 1; i >= 0; i--) {
    const d = digits.charCodeAt(i) - 48;
    if (d < 0 || d > 9) throw new Error(`luhn: not a digit string: ${digits}`);
    const v = double ? d * 2 : d;
    sum += v > 9 ? v - 9 : v;
    double = !double;
  }
  return sum;
};

/** The Luhn check digit to append to `body` (a string of ASCII digits). Example: `luhnCheckDigit('26053179311383')` is `'7'`. */
export function luhnCheckDigit(body: string): string {
  return String((10 - (sumDigits(body, true) % 10)) % 10);
}

/** True when the last digit of `digits` is its Luhn check digit. */
export function isLuhnValid(digits: string): boolean {
  return digits.length >= 2 && /^\d+$/u.test(digits) && sumDigits(digits, false) % 10 === 0;
}
