import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import type { PhoneDetail } from './types.js';

/**
 * What the numbering plan says about an E.164 number: country, calling code, national number, line type.
 * Returns undefined for anything that is not a `+digits` string libphonenumber can read.
 * Example: `phoneDetails('+218912345678')?.country` is `'LY'`.
 */
export function phoneDetails(e164: string): PhoneDetail | undefined {
  if (!/^\+\d{2,15}$/u.test(e164)) return undefined;
  const parsed = parsePhoneNumberFromString(e164);
  if (parsed === undefined) return undefined;
  const type = parsed.getType();
  return {
    form: 'e164',
    countryCallingCode: parsed.countryCallingCode,
    nationalNumber: parsed.nationalNumber,
    ...(parsed.country !== undefined ? { country: parsed.country } : {}),
    ...(type !== undefined ? { numberType: type } : {}),
  };
}
