import { zoneOffsetMs } from '../../model/index.js';
import type { TimeBasis } from '../../model/index.js';

/** A wall-clock time with no zone, as read from a file. Month is 1-based. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
}

/** The UTC instant of a local time, and whether it fell in a DST fold or gap. */
export interface ZonedInstant {
  readonly utcMs: number;
  readonly flag?: NonNullable<TimeBasis['flag']>;
}

const DAY_MS = 86_400_000;

/**
 * Converts a local wall time in an IANA zone to UTC. Resolution follows Temporal's `compatible`
 * disambiguation: a time that occurs twice (fold) takes the earlier instant, a time that never occurs
 * (gap) is shifted forward by the gap; both are flagged so the choice is visible to the analyst.
 */
export function localToUtc(local: LocalDateTime, zone: string): ZonedInstant {
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  // Offsets a day either side bracket any single transition near this wall time.
  const before = zoneOffsetMs(zone, wall - DAY_MS);
  const after = zoneOffsetMs(zone, wall + DAY_MS);
  const fits = [before, after].filter(
    (o, i, all) => all.indexOf(o) === i && zoneOffsetMs(zone, wall - o) === o,
  );
  if (fits.length === 1 && fits[0] !== undefined) return { utcMs: wall - fits[0] };
  if (fits.length > 1) return { utcMs: wall - Math.max(...fits), flag: 'dst-fold' };
  return { utcMs: wall - before, flag: 'dst-gap' };
}

/** The same conversion for a wall time given as milliseconds read as if the wall clock were UTC. */
export function localMsToUtc(localMs: number, zone: string): ZonedInstant {
  const d = new Date(localMs);
  const base = localToUtc(
    {
      year: d.getUTCFullYear(),
      month: d.getUTCMonth() + 1,
      day: d.getUTCDate(),
      hour: d.getUTCHours(),
      minute: d.getUTCMinutes(),
      second: d.getUTCSeconds(),
    },
    zone,
  );
  return { ...base, utcMs: base.utcMs + d.getUTCMilliseconds() };
}
