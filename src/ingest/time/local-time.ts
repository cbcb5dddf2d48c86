import { SkeinError } from '../../model/index.js';
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

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatterFor(zone: string): Intl.DateTimeFormat {
  let f = formatters.get(zone);
  if (f === undefined) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(zone, f);
  }
  return f;
}

/** Throws `SkeinError('BAD_TIME_ZONE')` unless `zone` is an IANA zone this runtime knows. */
export function assertTimeZone(zone: string, code = 'BAD_TIME_ZONE'): void {
  try {
    formatterFor(zone);
  } catch {
    throw new SkeinError(code, `unknown time zone "${zone}"`, { field: 'tz', input: zone });
  }
}

/** Whether this runtime knows the IANA zone. */
export function isKnownZone(zone: string): boolean {
  try {
    formatterFor(zone);
    return true;
  } catch {
    return false;
  }
}

/** The zone's offset from UTC at `utcMs`, in ms (east positive). */
export function zoneOffsetMs(zone: string, utcMs: number): number {
  const parts = formatterFor(zone).formatToParts(new Date(utcMs));
  const get = (type: Intl.DateTimeFormatPartTypes): number =>
    Number(parts.find((p) => p.type === type)?.value ?? Number.NaN);
  const wall = Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second'));
  return wall - Math.floor(utcMs / 1000) * 1000;
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
