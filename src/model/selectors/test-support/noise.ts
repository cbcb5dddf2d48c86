import fc from 'fast-check';

/** Inserts separators people and exports put inside identifiers (spaces, dashes, dots, bidi marks). */
export function withSeparators(digits: string): fc.Arbitrary<string> {
  const separator = fc.constantFrom('', '', '', ' ', '-', '.', '\u200E', '\u00A0');
  return fc
    .array(separator, { minLength: digits.length, maxLength: digits.length })
    .map((seps) => [...digits].map((d, i) => (i === 0 ? d : (seps[i] ?? '') + d)).join(''));
}

/** An ASCII digit string rewritten in Arabic-Indic or Eastern Arabic-Indic digits, or left alone. */
export function inSomeScript(digits: string): fc.Arbitrary<string> {
  const shift = (base: number) => digits.replace(/\d/gu, (d) => String.fromCodePoint(base + Number(d)));
  return fc.constantFrom(digits, shift(0x0660), shift(0x06f0));
}

export const digitString = (length: number): fc.Arbitrary<string> =>
  fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((ds) => ds.join(''));

/** One position and a different digit to put there. */
export const digitCorruption = (length: number): fc.Arbitrary<{ index: number; delta: number }> =>
  fc.record({ index: fc.integer({ min: 0, max: length - 1 }), delta: fc.integer({ min: 1, max: 9 }) });

export const corrupt = (digits: string, { index, delta }: { index: number; delta: number }): string =>
  digits.slice(0, index) + String((Number(digits.charAt(index)) + delta) % 10) + digits.slice(index + 1);
