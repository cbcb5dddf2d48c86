import type { TimeBasis } from '../../../model/index.js';
import { isKnownZone, zoneOffsetMs } from '../../time/index.js';

/**
 * Local wall time → UTC in an IANA zone, resolved per 15-minute slot of wall time. Every zone in the tz
 * database changes offset on a quarter hour (Chatham's 02:45 is the finest), so one slot has one answer;
 * the bulk path converts each distinct slot once and joins, and the row path calls the same function.
 *
 * Rules (flagged, never silent): a wall time that occurs twice (DST fold) takes the EARLIER instant, the
 * first pass through the hour; a wall time that never occurs (DST gap) is read with the offset in force
 * before the gap, which lands it after the transition (Temporal's `compatible`).
 */
export const SLOT_MS = 900_000;
const DAY_MS = 86_400_000;

export interface SlotResolution {
  readonly offsetMs: number;
  readonly flag?: NonNullable<TimeBasis['flag']>;
}

/** The zone's offset from UTC at an instant, in ms (east positive); `zone` first, as the slot code reads it. */
export const offsetAt = (zone: string, utcMs: number): number => zoneOffsetMs(zone, utcMs);

export { isKnownZone };

/** Resolves one slot (floor(wallMs / SLOT_MS)) of wall time in a zone. */
export function resolveSlot(zone: string, slot: number): SlotResolution {
  const wall = slot * SLOT_MS;
  // Offsets a day either side bracket any single transition near this wall time.
  const before = offsetAt(zone, wall - DAY_MS);
  const after = offsetAt(zone, wall + DAY_MS);
  const fits = [before, after].filter((o, i, all) => all.indexOf(o) === i && offsetAt(zone, wall - o) === o);
  if (fits.length === 1 && fits[0] !== undefined) return { offsetMs: fits[0] };
  if (fits.length > 1) return { offsetMs: Math.max(...fits), flag: 'dst-fold' };
  return { offsetMs: before, flag: 'dst-gap' };
}

/** A per-zone memo of slot resolutions: a year of CDRs touches ~35k slots, a file usually far fewer. */
export class ZoneSlots {
  private readonly memo = new Map<number, SlotResolution>();
  constructor(readonly zone: string) {}

  resolve(slot: number): SlotResolution {
    let r = this.memo.get(slot);
    if (r === undefined) {
      r = resolveSlot(this.zone, slot);
      this.memo.set(slot, r);
    }
    return r;
  }

  /** UTC ms of a wall time, and its flag. */
  toUtc(wallMs: number): { utcMs: number; flag?: NonNullable<TimeBasis['flag']> } {
    const r = this.resolve(Math.floor(wallMs / SLOT_MS));
    return r.flag === undefined
      ? { utcMs: wallMs - r.offsetMs }
      : { utcMs: wallMs - r.offsetMs, flag: r.flag };
  }
}
