import type { TimeBasis } from '../../model/index.js';

/** Seconds from the Unix epoch to the Cocoa/Mac absolute-time epoch, 2001-01-01T00:00:00Z. */
export const MAC_EPOCH_OFFSET_S = 978_307_200;
// iOS 11+ writes nanoseconds (18 digits), older versions seconds (9–10 digits); no plausible second
// count reaches 1e11 (year 5170), so magnitude tells them apart.
const NANOSECOND_THRESHOLD = 1e11;

/**
 * A Mac absolute time (seconds or nanoseconds since 2001-01-01 UTC) as a UTC instant; undefined for 0
 * or missing values, which iOS writes for "never" (e.g. unread).
 * Example: `fromMacTime(469908586)?.utcMs` is `1448215786000` (2015-11-22T18:09:46Z).
 */
export function fromMacTime(
  value: number | bigint | undefined,
): { utcMs: number; time: TimeBasis } | undefined {
  if (value === undefined) return undefined;
  const raw = String(value);
  if (typeof value === 'bigint') {
    if (value <= 0n) return undefined;
    return { utcMs: Number(value / 1_000_000n) + MAC_EPOCH_OFFSET_S * 1000, time: { raw, zone: 'UTC' } };
  }
  if (!Number.isFinite(value) || value <= 0) return undefined;
  const ms = value >= NANOSECOND_THRESHOLD ? Math.floor(value / 1e6) : Math.round(value * 1000);
  return { utcMs: ms + MAC_EPOCH_OFFSET_S * 1000, time: { raw, zone: 'UTC' } };
}
