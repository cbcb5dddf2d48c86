import { ok } from '../result.js';
import type { Result } from '../result.js';
import { cleanText, stripDigitSeparators } from './clean.js';
import { selectorIssue } from './issue.js';
import { mncLengthFor } from './mnc-length.js';
import type { ImsiSelector, SelectorIssue } from './types.js';

export interface ImsiOptions {
  /** MNC length when the source knows it (SIM EF_AD, operator CDR spec); otherwise looked up by MCC. */
  readonly mncLength?: 2 | 3;
}

// E.212 caps the IMSI at 15 digits; shorter than 10 is a truncated value or another identifier.
const MIN_LENGTH = 10;
const MAX_LENGTH = 15;
// Geographic MCCs start with 2–7; 901 is the international (satellite, M2M) range, 001 and 999 are
// the test and private-network codes that lab and private-LTE records carry.
const VALID_MCC = /^(?:[2-7]\d\d|901|001|999)$/u;

/**
 * Normalises an IMSI (ITU-T E.212, 3GPP TS 23.003 §2.2) to its digits and splits MCC / MNC / MSIN.
 * Example: `normaliseImsi('467 07 1234567890')` has value `'467071234567890'` and MNC `'07'`.
 */
export function normaliseImsi(raw: string, opts: ImsiOptions = {}): Result<ImsiSelector, SelectorIssue> {
  const text = cleanText(raw);
  if (text === '') return selectorIssue('imsi', 'IMSI_EMPTY', raw);
  const digits = stripDigitSeparators(text);
  if (!/^\d+$/u.test(digits)) return selectorIssue('imsi', 'IMSI_BAD_CHARACTERS', raw);
  if (digits.length < MIN_LENGTH || digits.length > MAX_LENGTH)
    return selectorIssue('imsi', 'IMSI_BAD_LENGTH', raw);
  const mcc = digits.slice(0, 3);
  if (!VALID_MCC.test(mcc)) return selectorIssue('imsi', 'IMSI_BAD_MCC', raw);
  const mncLength = opts.mncLength ?? mncLengthFor(mcc, digits.slice(3));
  const mnc = digits.slice(3, 3 + mncLength);
  return ok({
    kind: 'imsi',
    value: digits,
    raw,
    flags: [],
    detail: { mcc, mnc, msin: digits.slice(3 + mncLength) },
  });
}
