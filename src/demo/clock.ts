import { zoneOffsetMs } from '../ingest/time/index.js';
/** The demo's calendar: 90 days from Monday 17 August 2026, 00:00 Libyan time. */
export const DAY_MS = 86_400_000;
export const HOUR_MS = 3_600_000;
/** Africa/Tripoli is UTC+2 all year (no DST), so a day starts at 22:00 UTC the evening before. */
const TRIPOLI_OFFSET_MS = 2 * HOUR_MS;
export const PERIOD_START_MS = Date.UTC(2026, 7, 17) - TRIPOLI_OFFSET_MS;
export const PERIOD_DAYS = 90;
export const PERIOD_END_MS = PERIOD_START_MS + PERIOD_DAYS * DAY_MS;

/** UTC ms of `day` (0-based) at hh:mm Libyan local time; hours past 24 run into the next day. */
export function at(day: number, hh: number, mm = 0): number {
  return PERIOD_START_MS + day * DAY_MS + hh * HOUR_MS + mm * 60_000;
}

/** The 0-based demo day of an instant, in Libyan local time. */
export function dayOf(utcMs: number): number {
  return Math.floor((utcMs - PERIOD_START_MS) / DAY_MS);
}

export interface Wall {
  readonly y: string;
  readonly mo: string;
  readonly d: string;
  readonly h: string;
  readonly mi: string;
  readonly s: string;
}

// Zones change offset on quarter hours, so one lookup per 15-minute slot is exact. A day whose two ends
// share an offset has no change inside (no zone changes twice a day), so one lookup serves the whole day.
const SLOT_MS = 900_000;
const offsets = new Map<string, number>();

function offsetAt(utcMs: number, zone: string): number {
  const day = Math.floor(utcMs / DAY_MS);
  const start = slotOffset(Math.floor((day * DAY_MS) / SLOT_MS), zone);
  const end = slotOffset(Math.floor(((day + 1) * DAY_MS - 1) / SLOT_MS), zone);
  return start === end ? start : slotOffset(Math.floor(utcMs / SLOT_MS), zone);
}

function slotOffset(slot: number, zone: string): number {
  const key = `${zone}|${slot}`;
  let offset = offsets.get(key);
  if (offset === undefined) {
    offset = zoneOffsetMs(zone, slot * SLOT_MS);
    offsets.set(key, offset);
  }
  return offset;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

/** The wall-clock fields of an instant in an IANA zone, zero-padded. */
export function wallClock(utcMs: number, zone: string): Wall {
  const t = new Date(utcMs + offsetAt(utcMs, zone));
  return {
    y: pad(t.getUTCFullYear(), 4),
    mo: pad(t.getUTCMonth() + 1),
    d: pad(t.getUTCDate()),
    h: pad(t.getUTCHours()),
    mi: pad(t.getUTCMinutes()),
    s: pad(t.getUTCSeconds()),
  };
}

/** ISO 8601 with the zone's offset, e.g. `2026-10-16T23:10:05+02:00`. */
export function isoInZone(utcMs: number, zone: string): string {
  const w = wallClock(utcMs, zone);
  const local = Date.UTC(+w.y, +w.mo - 1, +w.d, +w.h, +w.mi, +w.s);
  const off = Math.round((local - Math.floor(utcMs / 1000) * 1000) / 60_000);
  const sign = off < 0 ? '-' : '+';
  const a = Math.abs(off);
  const hh = String(Math.floor(a / 60)).padStart(2, '0');
  const mm = String(a % 60).padStart(2, '0');
  return `${w.y}-${w.mo}-${w.d}T${w.h}:${w.mi}:${w.s}${sign}${hh}:${mm}`;
}

/** ISO 8601 UTC without milliseconds. */
export function isoUtc(utcMs: number): string {
  return new Date(utcMs).toISOString().replace('.000Z', 'Z');
}
