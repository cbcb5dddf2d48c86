// Bidi controls, zero-width characters and soft hyphens survive copy/paste from Arabic-locale
// spreadsheets and messaging apps but are never part of an identifier.
const INVISIBLE = /[\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u206F\uFEFF]/gu;
const WIDE_SPACES = /[\u00A0\u2007\u202F\u3000]/gu;
const ARABIC_INDIC = /[\u0660-\u0669]/gu;
const EASTERN_ARABIC_INDIC = /[\u06F0-\u06F9]/gu;
const FULLWIDTH_DIGITS = /[\uFF10-\uFF19]/gu;
// Spreadsheet exports protect leading zeros with a leading apostrophe or an ="..." formula.
const EXCEL_FORMULA = /^="(.*)"$/su;

const toAscii = (base: number) => (ch: string) => String((ch.codePointAt(0) ?? base) - base);

/** Removes export noise (invisible marks, Excel text markers) and folds non-ASCII digits to ASCII. */
export function cleanText(raw: string): string {
  let s = raw
    .replace(INVISIBLE, '')
    .replace(WIDE_SPACES, ' ')
    .replace(ARABIC_INDIC, toAscii(0x0660))
    .replace(EASTERN_ARABIC_INDIC, toAscii(0x06f0))
    .replace(FULLWIDTH_DIGITS, toAscii(0xff10))
    .trim();
  const formula = EXCEL_FORMULA.exec(s);
  if (formula?.[1] !== undefined) s = formula[1].trim();
  if (s.startsWith("'")) s = s.slice(1).trim();
  return s;
}

/** Drops the separators people put inside digit strings (spaces, dots, dashes, slashes). */
export const stripDigitSeparators = (s: string): string => s.replace(/[\s.\-/]/gu, '');
