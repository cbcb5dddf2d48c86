import type { TimeBasis } from '../../model/index.js';

/** An Android epoch-milliseconds value as an instant; Android stores UTC, so the zone is `UTC`. */
export function fromUnixMs(value: number | undefined): { utcMs: number; time: TimeBasis } | undefined {
  if (value === undefined || !Number.isFinite(value) || value <= 0) return undefined;
  return { utcMs: Math.trunc(value), time: { raw: String(value), zone: 'UTC' } };
}

/** MMS `pdu.date` is in seconds, unlike SMS. */
export function fromUnixSeconds(value: number | undefined): { utcMs: number; time: TimeBasis } | undefined {
  const ms = fromUnixMs(value === undefined ? undefined : value * 1000);
  return ms === undefined ? undefined : { utcMs: ms.utcMs, time: { raw: String(value), zone: 'UTC' } };
}
