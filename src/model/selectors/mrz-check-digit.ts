// ICAO Doc 9303 Part 3 §4.9: values 0–9, A=10 … Z=35, filler 0; weights 7, 3, 1 repeating; sum mod 10.
const WEIGHTS = [7, 3, 1] as const;

const charValue = (ch: string): number => {
  if (ch === '<') return 0;
  const code = ch.charCodeAt(0);
  if (code >= 48 && code <= 57) return code - 48;
  if (code >= 65 && code <= 90) return code - 55;
  throw new Error(`mrz: character outside the MRZ alphabet: ${ch}`);
};

/** The ICAO 9303 check digit of an MRZ field. Example: `mrzCheckDigit('L898902C3')` is `'6'`. */
export function mrzCheckDigit(field: string): string {
  let sum = 0;
  for (let i = 0; i < field.length; i++) sum += charValue(field.charAt(i)) * (WEIGHTS[i % 3] ?? 0);
  return String(sum % 10);
}
