import type { TimeBasis } from '../../model/index.js';
import { isKnownZone, localMsToUtc } from '../time/index.js';

/** A parsed instant and how it was read. */
export interface ParsedTime {
  readonly utcMs: number;
  readonly time: TimeBasis;
}

// ISO 8601 as UFED writes it: up to 7 fractional digits (.NET ticks) and an optional offset.
const ISO =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,](\d{1,9}))?)?\s*(Z|[+-]\d{2}:?\d{2})?$/u;

/**
 * Parses a UFED TimeStamp. `formattedTimestamp` is preferred because it carries the offset; the element
 * text is kept as `raw`. A value without offset is read in `tz` (an IANA zone) or refused (undefined),
 * because guessing a zone would silently shift every event.
 * Example: `parseUfedTimestamp('2024-02-03T21:14:07.000+01:00')?.utcMs` is `Date.UTC(2024, 1, 3, 20, 14, 7)`.
 */
export function parseUfedTimestamp(text: string, formatted?: string, tz?: string): ParsedTime | undefined {
  const raw = text.trim() !== '' ? text.trim() : (formatted ?? '').trim();
  const preferred = parseIso(formatted?.trim() ?? '');
  const parsed = preferred?.offset !== undefined ? preferred : (parseIso(raw) ?? preferred);
  if (parsed === undefined) return undefined;
  if (parsed.offset !== undefined) {
    const zone = parsed.offset === 'Z' ? 'UTC' : normaliseOffset(parsed.offset);
    return { utcMs: parsed.localMs - offsetMinutes(zone) * 60_000, time: { raw, zone } };
  }
  if (tz === undefined || !isKnownZone(tz)) return undefined;
  const z = localMsToUtc(parsed.localMs, tz);
  return { utcMs: z.utcMs, time: { raw, zone: tz, ...(z.flag ? { flag: z.flag } : {}) } };
}

interface IsoParts {
  readonly localMs: number;
  readonly offset?: string;
}

function parseIso(s: string): IsoParts | undefined {
  const m = ISO.exec(s);
  if (m === null) return undefined;
  const [, y, mo, d, h, mi, sec, frac, offset] = m;
  const nums = [y, mo, d, h, mi].map(Number) as [number, number, number, number, number];
  const [year, month, day, hour, minute] = nums;
  const second = Number(sec ?? '0');
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 59)
    return undefined;
  const ms = Math.floor(Number(`0.${frac ?? '0'}`) * 1000);
  const localMs = Date.UTC(year, month - 1, day, hour, minute, second, ms);
  // Date.UTC rolls 31 February over into March; such a date is malformed, not a March date.
  if (new Date(localMs).getUTCDate() !== day) return undefined;
  return offset !== undefined ? { localMs, offset } : { localMs };
}

const normaliseOffset = (o: string): string => (o.includes(':') ? o : `${o.slice(0, 3)}:${o.slice(3)}`);

function offsetMinutes(zone: string): number {
  if (zone === 'UTC') return 0;
  const sign = zone.startsWith('-') ? -1 : 1;
  return sign * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
}
