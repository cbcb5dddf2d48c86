import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { offsetAt, ZoneSlots } from './local-time.js';

describe('local time → UTC', () => {
  it('round-trips every instant outside folds, and flags folds and gaps', () => {
    const zones = [
      'Europe/Paris',
      'America/New_York',
      'Africa/Tripoli',
      'Asia/Beirut',
      'Australia/Lord_Howe',
    ];
    fc.assert(
      fc.property(
        fc.integer({ min: 1_600_000_000, max: 1_900_000_000 }),
        fc.constantFrom(...zones),
        (sec, zone) => {
          const utc = sec * 1000;
          const wall = utc + offsetAt(zone, utc);
          const r = new ZoneSlots(zone).toUtc(wall);
          if (r.flag === undefined) expect(r.utcMs).toBe(utc);
          else expect(r.flag).toBe('dst-fold');
        },
      ),
    );
  });
  it('resolves the Paris autumn fold to the earlier instant and flags it', () => {
    const r = new ZoneSlots('Europe/Paris').toUtc(Date.UTC(2026, 9, 25, 2, 30));
    expect(r).toEqual({ utcMs: Date.UTC(2026, 9, 25, 0, 30), flag: 'dst-fold' });
    const g = new ZoneSlots('Europe/Paris').toUtc(Date.UTC(2026, 2, 29, 2, 30));
    expect(g).toEqual({ utcMs: Date.UTC(2026, 2, 29, 1, 30), flag: 'dst-gap' });
  });
});
