import { normaliseAccount } from './account.js';
import { cleanText, stripDigitSeparators } from './clean.js';
import { normaliseEmail } from './email.js';
import { normaliseImei } from './imei.js';
import { normaliseImsi } from './imsi.js';
import { isLuhnValid } from './luhn.js';
import type { SelectorKind } from './types.js';

const SERVICE_FORM = /^[a-z]+:\S/iu;
const WHATSAPP_JID_FORM = /@(?:s\.whatsapp\.net|c\.us|g\.us)$/iu;
const ICCID_FORM = /^89\d{16,20}$/u;
const PHONE_FORM = /^(?:\+|00)?\d{3,15}$/u;

/**
 * Guesses which kind of selector a search-box or CLI string is, or undefined when it looks like none.
 * Order matters: `+`/`00` means phone; 15 Luhn-valid digits mean IMEI (an IMSI passes Luhn one time in ten
 * and is then read as an IMEI — ask for the kind explicitly where that matters); `89` + 16–20 digits means
 * ICCID; other 15-digit strings with a known MCC mean IMSI; 16 digits mean IMEISV.
 */
export function detectSelectorKind(raw: string): SelectorKind | undefined {
  const text = cleanText(raw);
  if (text === '') return undefined;
  if (WHATSAPP_JID_FORM.test(text))
    return normaliseAccount(text, { service: 'whatsapp' }).ok ? 'account' : undefined;
  if (SERVICE_FORM.test(text) && normaliseAccount(text).ok) return 'account';
  if (text.includes('@')) return normaliseEmail(text).ok ? 'email' : undefined;
  const compact = stripDigitSeparators(text).replace(/[()]/gu, '');
  if (compact.startsWith('+') || compact.startsWith('00'))
    return PHONE_FORM.test(compact) ? 'phone' : undefined;
  if (!/^\d+$/u.test(compact)) return undefined;
  if (compact.length === 15 && isLuhnValid(compact)) return 'imei';
  if (ICCID_FORM.test(compact)) return 'iccid';
  if (compact.length === 15 && normaliseImsi(compact).ok) return 'imsi';
  if (compact.length === 16 && normaliseImei(compact).ok) return 'imei';
  return PHONE_FORM.test(compact) ? 'phone' : undefined;
}
