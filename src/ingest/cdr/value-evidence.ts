import { isLuhnValid } from '../../model/selectors/index.js';
import { parseDuration } from './parse/duration.js';
import { isDateOnly, isTimeOnly, timeFamily } from './parse/timestamp.js';
import { parseCallType } from './parse/call-type.js';
import type { Role } from './roles.js';

/**
 * Which role a column's values suggest, from patterns: IMEI (15 digits, valid Luhn), IMSI (15 digits, no
 * Luhn, plausible MCC), timestamps, dates, times, durations, cell ids, call types, phone-like numbers.
 * Returns the role and the share of non-empty sample values that fit it.
 */
export function valueRole(values: readonly string[]): { role: Role; share: number } | undefined {
  const vs = values.map((v) => v.trim()).filter((v) => v !== '');
  if (vs.length === 0) return undefined;
  const share = (f: (v: string) => boolean): number => vs.filter(f).length / vs.length;
  const tests: [Role, (v: string) => boolean][] = [
    ['start', (v) => timeFamily(v) !== undefined],
    ['date', isDateOnly],
    ['time', isTimeOnly],
    ['imei', (v) => /^\d{15}$/u.test(v) && isLuhnValid(v)],
    ['imsi', (v) => /^[2-7]\d{14}$/u.test(v) && !isLuhnValid(v)],
    ['cell', (v) => /^\d{3}[-/ :.]\d{1,3}[-/ :.][0-9A-Fa-f]{1,8}[-/ :.][0-9A-Fa-f]{1,10}$/u.test(v)],
    ['type', (v) => parseCallType(v) !== undefined],
    ['other', (v) => /^(?:\+|00)?\d{8,15}$/u.test(v.replace(/^'/u, ''))],
    ['duration', (v) => parseDuration(v) !== undefined],
  ];
  for (const [role, f] of tests) {
    const s = share(f);
    if (s >= 0.8) return { role, share: s };
  }
  return undefined;
}
