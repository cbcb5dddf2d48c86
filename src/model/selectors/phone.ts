import { isSupportedCountry, parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { cleanText } from './clean.js';
import { selectorIssue } from './issue.js';
import { phoneDetails } from './phone-details.js';
import type { PhoneDetail, PhoneSelector, SelectorFlag, SelectorIssue } from './types.js';

export interface PhoneOptions {
  /** Country the source's national-format numbers belong to (e.g. the seizing country of a handset). */
  readonly region?: CountryCode;
  /**
   * `false` skips the numbering-plan lookups that only fill `detail` (country, line type, candidate E.164):
   * value and flags are unchanged. For bulk callers that keep only the value (about twice as fast).
   */
  readonly detail?: boolean;
}

type PhoneResult = Result<PhoneSelector, SelectorIssue>;

// Prefixes keep non-E.164 values from ever colliding with a `+digits` value.
const SHORT_PREFIX = 'short:';
const ALPHA_PREFIX = 'alpha:';
const NATIONAL_PREFIX = 'nat:';

const SHORT_CODE = /^\d{3,6}$/u;
const DIALLABLE = /^(\+|00)?(\d+)$/u;
// GSM alphanumeric sender ids are at most 11 characters; exports sometimes pad or extend them.
const ALPHANUMERIC_SENDER = /^(?=.*\p{L})[\p{L}\p{N}][\p{L}\p{N} ._&'+!-]{0,19}$/u;
const EXTENSION = /^(.*\d)[\s,;]*(?:ext\.?|extension|x|#)\s*(\d{1,7})$/iu;
const OWN_SHORT = /^short:(?:([A-Z]{2}):)?(\d{3,6})$/u;
// "+44 (0)20 …": the bracketed trunk zero is dropped when dialling internationally.
const TRUNK_ZERO = /^(\+\d{1,3})\s*\(0\)/u;
const SEPARATORS = /[\s.\-()/[\]]/gu;

const build = (
  raw: string,
  value: string,
  flags: readonly SelectorFlag[],
  detail: PhoneDetail,
): PhoneResult => ok({ kind: 'phone', value, raw, flags, detail });

/**
 * Normalises a phone number, short code or alphanumeric sender to one comparable value.
 * Valid numbers become E.164 (`+218912345678`); possible-but-unknown ranges are kept as `+digits`
 * flagged `unverified` because numbering metadata lags new ranges and dropping them would lose evidence.
 * National numbers without a region are flagged `national-unresolved` (value `nat:…`), never guessed.
 */
export function normalisePhone(raw: string, opts: PhoneOptions = {}): PhoneResult {
  const fail = (code: 'PHONE_EMPTY' | 'PHONE_BAD_REGION' | 'PHONE_INVALID') =>
    selectorIssue('phone', code, raw);
  const text = cleanText(raw);
  if (text === '') return fail('PHONE_EMPTY');
  const { region } = opts;
  const withDetail = opts.detail !== false;
  if (region !== undefined && !isSupportedCountry(region)) return fail('PHONE_BAD_REGION');

  const own = OWN_SHORT.exec(text);
  if (own?.[2] !== undefined) {
    const ownRegion = own[1];
    return shortCode(
      raw,
      own[2],
      ownRegion !== undefined && isSupportedCountry(ownRegion) ? ownRegion : region,
    );
  }
  if (text.startsWith(ALPHA_PREFIX))
    return alphanumeric(raw, text.slice(ALPHA_PREFIX.length)) ?? fail('PHONE_INVALID');
  const body = text.startsWith(NATIONAL_PREFIX) ? text.slice(NATIONAL_PREFIX.length) : text;

  const ext = EXTENSION.exec(body);
  const number = ext?.[1] ?? body;
  const compact = number.replace(TRUNK_ZERO, '$1').replace(SEPARATORS, '');
  const dial = DIALLABLE.exec(compact);
  if (dial?.[2] === undefined) return alphanumeric(raw, body) ?? fail('PHONE_INVALID');

  const digits = dial[2];
  const extension = ext?.[2];
  if (dial[1] !== undefined)
    return international(raw, digits, extension, withDetail) ?? fail('PHONE_INVALID');
  if (region !== undefined)
    return regional(raw, digits, region, extension, withDetail) ?? fail('PHONE_INVALID');
  if (SHORT_CODE.test(digits)) return shortCode(raw, digits, undefined);
  if (digits.length < 7 || digits.length > 17) return fail('PHONE_INVALID');
  return unresolved(raw, digits, withDetail);
}

function international(
  raw: string,
  digits: string,
  extension: string | undefined,
  withDetail: boolean,
): PhoneResult | undefined {
  const parsed = parsePhoneNumberFromString(`+${digits}`);
  if (parsed === undefined || !parsed.isPossible()) return undefined;
  return e164(raw, parsed.number, parsed.isValid(), extension, withDetail);
}

function regional(
  raw: string,
  digits: string,
  region: CountryCode,
  extension: string | undefined,
  withDetail: boolean,
): PhoneResult | undefined {
  const parsed = parsePhoneNumberFromString(digits, { defaultCountry: region });
  if (parsed?.isValid() === true) return e164(raw, parsed.number, true, extension, withDetail);
  if (SHORT_CODE.test(digits)) return shortCode(raw, digits, region);
  if (parsed?.isPossible() === true) return e164(raw, parsed.number, false, extension, withDetail);
  return undefined;
}

function e164(
  raw: string,
  value: string,
  isValid: boolean,
  extension: string | undefined,
  withDetail: boolean,
): PhoneResult {
  const details: PhoneDetail = (withDetail ? phoneDetails(value) : undefined) ?? { form: 'e164' };
  const detail = extension !== undefined ? { ...details, extension } : details;
  return build(raw, value, isValid ? [] : ['unverified'], detail);
}

function shortCode(raw: string, digits: string, region: CountryCode | undefined): PhoneResult {
  const value = region !== undefined ? `${SHORT_PREFIX}${region}:${digits}` : `${SHORT_PREFIX}${digits}`;
  const detail: PhoneDetail =
    region !== undefined
      ? { form: 'short-code', country: region, nationalNumber: digits }
      : { form: 'short-code', nationalNumber: digits };
  return build(raw, value, ['short-code'], detail);
}

function alphanumeric(raw: string, sender: string): PhoneResult | undefined {
  const name = sender.trim().replace(/\s+/gu, ' ');
  if (!ALPHANUMERIC_SENDER.test(name)) return undefined;
  // Case is kept: sender ids are displayed verbatim by handsets and operators treat them as opaque.
  return build(raw, `${ALPHA_PREFIX}${name}`, ['alphanumeric'], { form: 'alphanumeric' });
}

function unresolved(raw: string, digits: string, withDetail: boolean): PhoneResult {
  const candidate = withDetail ? parsePhoneNumberFromString(`+${digits}`) : undefined;
  const detail: PhoneDetail =
    candidate?.isValid() === true
      ? { form: 'national', nationalNumber: digits, candidateE164: candidate.number }
      : { form: 'national', nationalNumber: digits };
  return build(raw, `${NATIONAL_PREFIX}${digits}`, ['national-unresolved'], detail);
}
