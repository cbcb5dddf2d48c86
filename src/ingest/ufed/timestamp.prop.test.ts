import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTimeSpan } from './timespan.js';
import { parseUfedTimestamp } from './timestamp.js';

const pad = (n: number, w = 2) => String(n).padStart(w, '0');
const instant = fc
  .integer({ min: Date.UTC(1990, 0, 1), max: Date.UTC(2060, 0, 1) })
  .map((ms) => ms - (ms % 1000));
const offsetMin = fc.integer({ min: -12 * 60, max: 14 * 60 }).map((m) => m - (m % 15));

function format(utcMs: number, offset: number): string {
  const local = new Date(utcMs + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return `${local.getUTCFullYear()}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}T${pad(local.getUTCHours())}:${pad(local.getUTCMinutes())}:${pad(local.getUTCSeconds())}.0000000${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

describe('parseUfedTimestamp (property)', () => {
  it('reads any instant written with any offset back to the same UTC instant, keeping raw and offset', () => {
    fc.assert(
      fc.property(instant, offsetMin, (utcMs, offset) => {
        const text = format(utcMs, offset);
        const parsed = parseUfedTimestamp(text);
        expect(parsed?.utcMs).toBe(utcMs);
        expect(parsed?.time.raw).toBe(text);
        expect(parsed?.time.zone).toBe(text.slice(-6));
      }),
    );
  });

  it('prefers formattedTimestamp, whose offset wins over an offset-less text', () => {
    fc.assert(
      fc.property(instant, offsetMin, (utcMs, offset) => {
        const formatted = format(utcMs, offset);
        const parsed = parseUfedTimestamp(formatted.slice(0, 19), formatted);
        expect(parsed?.utcMs).toBe(utcMs);
      }),
    );
  });

  it('refuses a time without offset unless a zone is given', () => {
    fc.assert(
      fc.property(instant, (utcMs) => {
        const local = new Date(utcMs).toISOString().slice(0, 19);
        expect(parseUfedTimestamp(local)).toBeUndefined();
        expect(parseUfedTimestamp(local, undefined, 'UTC')?.utcMs).toBe(utcMs);
      }),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), fc.string(), (a, b) => void parseUfedTimestamp(a, b)));
  });
});

describe('parseTimeSpan (property)', () => {
  it('reads hh:mm:ss[.fffffff] and d.hh:mm:ss to whole seconds', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 30 }),
        fc.integer({ min: 0, max: 86_399 }),
        fc.integer({ min: 0, max: 4_999_999 }),
        (d, s, ticks) => {
          const body = `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}.${pad(ticks, 7)}`;
          expect(parseTimeSpan(d > 0 ? `${d}.${body}` : body)).toBe(d * 86_400 + s);
        },
      ),
    );
  });

  it('never throws on arbitrary text', () => {
    fc.assert(fc.property(fc.string(), (a) => void parseTimeSpan(a)));
  });
});
