import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { assertTimeZone, localToUtc, zoneOffsetMs } from './index.js';

describe('localToUtc', () => {
  it('resolves New York fold and gap (2024)', () => {
    expect(
      localToUtc({ year: 2024, month: 11, day: 3, hour: 1, minute: 30, second: 0 }, 'America/New_York'),
    ).toEqual({
      utcMs: Date.UTC(2024, 10, 3, 5, 30),
      flag: 'dst-fold',
    });
    expect(
      localToUtc({ year: 2024, month: 3, day: 10, hour: 2, minute: 30, second: 0 }, 'America/New_York'),
    ).toEqual({
      utcMs: Date.UTC(2024, 2, 10, 7, 30),
      flag: 'dst-gap',
    });
  });

  it('rejects unknown zones with a code', () => {
    expect(() => assertTimeZone('Mars/Olympus', 'WHATSAPP_BAD_TZ')).toThrow(
      expect.objectContaining({ code: 'WHATSAPP_BAD_TZ' }),
    );
  });

  it('round-trips every unflagged instant (property)', () => {
    const zones = [
      'Europe/London',
      'Europe/Berlin',
      'America/New_York',
      'Asia/Kolkata',
      'Australia/Lord_Howe',
      'Africa/Tripoli',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(2000, 0, 1), max: Date.UTC(2035, 0, 1) }),
        fc.constantFrom(...zones),
        (t0, zone) => {
          const t = Math.floor(t0 / 1000) * 1000;
          const wall = new Date(t + zoneOffsetMs(zone, t));
          const local = {
            year: wall.getUTCFullYear(),
            month: wall.getUTCMonth() + 1,
            day: wall.getUTCDate(),
            hour: wall.getUTCHours(),
            minute: wall.getUTCMinutes(),
            second: wall.getUTCSeconds(),
          };
          const r = localToUtc(local, zone);
          // A folded wall time maps to its earlier instant; every other one maps back exactly.
          if (r.flag === 'dst-fold') expect(r.utcMs).toBeLessThanOrEqual(t);
          else expect(r).toEqual({ utcMs: t });
        },
      ),
    );
  });
});
