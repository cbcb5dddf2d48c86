import type { MrzDate, MrzNames } from './mrz-types.js';

/** Drops the filler characters that pad a field on the right. */
export const trimFiller = (s: string): string => s.replace(/<+$/u, '');

const words = (s: string): string => s.split('<').filter(Boolean).join(' ');

/** ICAO name field: primary identifier, `<<`, secondary identifier; a single `<` separates words. */
export function readNames(field: string): MrzNames {
  const trimmed = trimFiller(field);
  const split = trimmed.indexOf('<<');
  if (split < 0) return { primary: words(trimmed), secondary: '' };
  return { primary: words(trimmed.slice(0, split)), secondary: words(trimmed.slice(split + 2)) };
}

/** A document number whose check digit may have moved into optional data (TD1/TD2 long-number rule). */
export interface DocumentNumberField {
  readonly number: string;
  readonly given: string;
  readonly optional: string;
  /** Overflowed numbers only: the number with the position-15 filler kept, which some issuers check instead. */
  readonly withFiller?: string;
}

/**
 * ICAO 9303 Part 5 §4.2.2 note j / Part 6: a number longer than 9 characters puts its first 9 in the number
 * field, a filler in the check-digit position, and the rest, then its check digit, at the start of the
 * optional data. Doc 9303 leaves open whether the check digit covers the filler: Portuguese and recent Belgian
 * cards check the number without it, older Belgian cards with it, so callers accept either.
 */
export function readDocumentNumber(principal: string, check: string, optional: string): DocumentNumberField {
  if (check !== '<' || optional.startsWith('<')) return { number: principal, given: check, optional };
  const overflow = optional.split('<')[0] ?? '';
  const tail = overflow.slice(0, -1);
  return {
    number: principal + tail,
    given: overflow.slice(-1),
    optional: optional.slice(overflow.length + 1),
    withFiller: `${principal}<${tail}`,
  };
}

const YEARS_OF_REMAINING_VALIDITY = 20;

/**
 * Reads YYMMDD and infers the century. A birth date is the latest reading not after `reference`.
 * An expiry is the latest reading at most 20 years after `reference`: no travel document runs longer, and
 * this keeps expired documents (common in seized material) in the past instead of pushing them a century ahead.
 * Returns undefined for an impossible date; a date with `<` (unknown day or month) has no `iso`.
 */
export function readDate(raw: string, role: 'birth' | 'expiry', reference: Date): MrzDate | undefined {
  if (/^[\d<]{6}$/u.test(raw) && raw.includes('<')) return { raw };
  if (!/^\d{6}$/u.test(raw)) return undefined;
  const [yy, mm, dd] = [0, 2, 4].map((i) => Number(raw.slice(i, i + 2))) as [number, number, number];
  const limit = new Date(reference.getTime());
  if (role === 'expiry') limit.setUTCFullYear(limit.getUTCFullYear() + YEARS_OF_REMAINING_VALIDITY);
  const limitYear = limit.getUTCFullYear();
  let year = Math.floor(limitYear / 100) * 100 + yy;
  if (year > limitYear || Date.UTC(year, mm - 1, dd) > limit.getTime()) year -= 100;
  const date = new Date(Date.UTC(year, mm - 1, dd));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== mm - 1 || date.getUTCDate() !== dd)
    return undefined;
  return { raw, iso: date.toISOString().slice(0, 10) };
}
