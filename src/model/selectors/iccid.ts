import { getCountries, getCountryCallingCode } from 'libphonenumber-js/max';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { cleanText, stripDigitSeparators } from './clean.js';
import { selectorIssue } from './issue.js';
import { isLuhnValid, luhnCheckDigit } from './luhn.js';
import type { IccidSelector, SelectorFlag, SelectorIssue } from './types.js';

export interface IccidOptions {
  /**
   * `auto` (default): the input carries its Luhn check digit, except 18-digit inputs that fail Luhn,
   * which are read as a 19-digit ICCID without it. `absent`: the source (e.g. a SIM-vendor sheet) never
   * carries the check digit, so it is always computed and appended.
   */
  readonly checkDigit?: 'auto' | 'absent';
}

const MIN_LENGTH = 18;
const MAX_LENGTH = 22;
const CALLING_CODES: ReadonlySet<string> = new Set(getCountries().map((c) => getCountryCallingCode(c)));

/**
 * Normalises an ICCID (ITU-T E.118): `89` + country code + issuer + account + Luhn digit,
 * with trailing `F` nibble padding (packed BCD on GSM phase 1 SIMs) stripped.
 * A Luhn failure on a 19–22 digit input is rejected rather than "repaired": it is indistinguishable from
 * a mistyped digit, and callers whose source omits check digits say so with `checkDigit: 'absent'`.
 */
export function normaliseIccid(raw: string, opts: IccidOptions = {}): Result<IccidSelector, SelectorIssue> {
  const text = cleanText(raw);
  if (text === '') return selectorIssue('iccid', 'ICCID_EMPTY', raw);
  const flags: SelectorFlag[] = [];
  let digits = stripDigitSeparators(text);
  const unpadded = digits.replace(/[Ff]+$/u, '');
  if (unpadded !== digits) {
    flags.push('padding-stripped');
    digits = unpadded;
  }
  if (!/^\d+$/u.test(digits)) return selectorIssue('iccid', 'ICCID_BAD_CHARACTERS', raw);
  if (!digits.startsWith('89')) return selectorIssue('iccid', 'ICCID_BAD_PREFIX', raw);

  const isAbsent = opts.checkDigit === 'absent';
  const length = digits.length + (isAbsent ? 1 : 0);
  if (length < MIN_LENGTH || length > MAX_LENGTH) return selectorIssue('iccid', 'ICCID_BAD_LENGTH', raw);

  let value = digits;
  if (isAbsent || (!isLuhnValid(digits) && digits.length === MIN_LENGTH)) {
    value = digits + luhnCheckDigit(digits);
    flags.push('check-digit-missing');
  } else if (!isLuhnValid(digits)) {
    return selectorIssue('iccid', 'ICCID_BAD_CHECK_DIGIT', raw);
  }
  const countryCallingCode = callingCodeOf(value.slice(2));
  return ok({
    kind: 'iccid',
    value,
    raw,
    flags,
    detail: countryCallingCode !== undefined ? { countryCallingCode } : {},
  });
}

// Calling codes are prefix-free, so the first match is the only one. North American issuers write
// `8901…`: the zero pads the 1-digit code to two digits.
function callingCodeOf(afterMii: string): string | undefined {
  const s = afterMii.startsWith('0') ? afterMii.slice(1) : afterMii;
  return [1, 2, 3].map((n) => s.slice(0, n)).find((cc) => CALLING_CODES.has(cc));
}
