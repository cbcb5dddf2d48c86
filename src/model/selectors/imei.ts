import { ok } from '../result.js';
import type { Result } from '../result.js';
import { cleanText, stripDigitSeparators } from './clean.js';
import { selectorIssue } from './issue.js';
import { luhnCheckDigit } from './luhn.js';
import type { ImeiSelector, SelectorFlag, SelectorIssue } from './types.js';

/**
 * Normalises an IMEI, IMEISV or check-digit-less IMEI to the 15-digit IMEI (3GPP TS 23.003 §6.2.1, Annex B),
 * so that every record of one handset lands on one device node.
 * - 15 digits: Luhn-checked; a `0` check digit that does not verify is the old network convention
 *   (flag `check-digit-zeroed`) and is replaced by the computed digit.
 * - 14 digits: check digit computed (flag `check-digit-added`).
 * - 16 digits (IMEISV): body + computed check digit; the SVN goes to `detail.svn` (flag `imeisv`).
 */
export function normaliseImei(raw: string): Result<ImeiSelector, SelectorIssue> {
  const text = cleanText(raw);
  if (text === '') return selectorIssue('imei', 'IMEI_EMPTY', raw);
  const digits = stripDigitSeparators(text);
  if (!/^\d+$/u.test(digits)) return selectorIssue('imei', 'IMEI_BAD_CHARACTERS', raw);

  const body = digits.slice(0, 14);
  const checkDigit = luhnCheckDigit(body);
  const flags: SelectorFlag[] = [];
  let svn: string | undefined;
  switch (digits.length) {
    case 14:
      flags.push('check-digit-added');
      break;
    case 15: {
      const given = digits.charAt(14);
      if (given !== checkDigit) {
        if (given !== '0') return selectorIssue('imei', 'IMEI_BAD_CHECK_DIGIT', raw);
        flags.push('check-digit-zeroed');
      }
      break;
    }
    case 16:
      flags.push('imeisv');
      svn = digits.slice(14);
      break;
    default:
      return selectorIssue('imei', 'IMEI_BAD_LENGTH', raw);
  }
  const tac = body.slice(0, 8);
  const detail = { tac, reportingBody: tac.slice(0, 2), serial: body.slice(8, 14) };
  return ok({
    kind: 'imei',
    value: body + checkDigit,
    raw,
    flags,
    detail: svn !== undefined ? { ...detail, svn } : detail,
  });
}
