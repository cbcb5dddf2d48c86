import { zoneOffsetMs } from '../../../model/index.js';

export interface LocalFields {
  readonly hour: number;
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  /** `YYYY-MM-DD` on the local calendar. */
  readonly day: string;
}

/** Zone offsets change only on quarter-hour instants, so one lookup serves a whole quarter hour. */
const QUARTER_HOUR_MS = 900_000;
/**
 * A week whose first and last instants share an offset is taken to keep it throughout: no zone changes
 * offset and back within a week (Morocco's Ramadan suspension, the shortest such round trip, lasts about a
 * month).
 */
const WEEK_MS = 7 * 86_400_000;

/** Cached offsets stay valid for the life of the process (zone rules do not change under it); the bound only stops a scan over centuries from holding them all. */
const MAX_CACHED = 100_000;

interface ZoneOffsets {
  readonly weeks: Map<number, number | null>;
  readonly quarters: Map<number, number>;
}

/** Per zone, shared by every analysis, so a repeated question does not look the same weeks up again. */
const byZone = new Map<string, ZoneOffsets>();

function offsetsOf(zone: string): ZoneOffsets {
  let o = byZone.get(zone);
  if (o === undefined) {
    o = { weeks: new Map(), quarters: new Map() };
    byZone.set(zone, o);
  }
  if (o.weeks.size > MAX_CACHED) o.weeks.clear();
  if (o.quarters.size > MAX_CACHED) o.quarters.clear();
  return o;
}

/** Local calendar fields of UTC instants in an IANA zone, with the zone's offset looked up once per week when it holds. */
export function localClock(zone: string): (utcMs: number) => LocalFields {
  const { weeks, quarters } = offsetsOf(zone);
  const offsetAt = (utcMs: number): number => {
    const w = Math.floor(utcMs / WEEK_MS);
    let steady = weeks.get(w);
    if (steady === undefined) {
      const start = zoneOffsetMs(zone, w * WEEK_MS);
      steady = start === zoneOffsetMs(zone, (w + 1) * WEEK_MS - 1) ? start : null;
      weeks.set(w, steady);
    }
    if (steady !== null) return steady;
    const q = Math.floor(utcMs / QUARTER_HOUR_MS);
    let offset = quarters.get(q);
    if (offset === undefined) {
      offset = zoneOffsetMs(zone, q * QUARTER_HOUR_MS);
      quarters.set(q, offset);
    }
    return offset;
  };
  return (utcMs) => {
    const offset = offsetAt(utcMs);
    const d = new Date(utcMs + offset);
    return {
      hour: d.getUTCHours(),
      weekday: ((d.getUTCDay() + 6) % 7) + 1,
      day: d.toISOString().slice(0, 10),
    };
  };
}
