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

/** Local calendar fields of UTC instants in an IANA zone, with the zone's offset looked up once per quarter hour. */
export function localClock(zone: string): (utcMs: number) => LocalFields {
  const offsets = new Map<number, number>();
  return (utcMs) => {
    const q = Math.floor(utcMs / QUARTER_HOUR_MS);
    let offset = offsets.get(q);
    if (offset === undefined) {
      offset = zoneOffsetMs(zone, q * QUARTER_HOUR_MS);
      offsets.set(q, offset);
    }
    const d = new Date(utcMs + offset);
    return {
      hour: d.getUTCHours(),
      weekday: ((d.getUTCDay() + 6) % 7) + 1,
      day: d.toISOString().slice(0, 10),
    };
  };
}
