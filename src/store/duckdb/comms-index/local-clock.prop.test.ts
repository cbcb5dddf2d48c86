import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { localClock } from './local-clock.js';

/** The local fields as Intl computes them for one instant, with no caching at all. */
function intlFields(zone: string, utcMs: number): { hour: number; weekday: number; day: string } {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: 'numeric',
    weekday: 'short',
  }).formatToParts(new Date(utcMs));
  const get = (t: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === t)?.value ?? '';
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(get('weekday')) + 1;
  return { hour: Number(get('hour')), weekday, day: `${get('year')}-${get('month')}-${get('day')}` };
}

describe('localClock', () => {
  // Casablanca suspends DST for Ramadan (two changes a month apart), Adelaide changes on a half hour,
  // Kathmandu sits at +05:45, Paris and New York change twice a year.
  const zones = [
    'Africa/Casablanca',
    'Australia/Adelaide',
    'Asia/Kathmandu',
    'Europe/Paris',
    'America/New_York',
  ];

  it('gives the hour, ISO weekday and local day Intl gives, across offset changes', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...zones),
        fc.array(fc.integer({ min: Date.UTC(2022, 0, 1), max: Date.UTC(2027, 0, 1) }), {
          minLength: 1,
          maxLength: 60,
        }),
        (zone, instants) => {
          const clock = localClock(zone);
          for (const t of instants) expect(clock(t)).toEqual(intlFields(zone, t));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('reads the hours either side of Casablanca’s Ramadan changes of 2026', () => {
    const clock = localClock('Africa/Casablanca');
    for (let t = Date.UTC(2026, 1, 10); t < Date.UTC(2026, 2, 31); t += 15 * 60_000)
      expect(clock(t)).toEqual(intlFields('Africa/Casablanca', t));
  });
});
