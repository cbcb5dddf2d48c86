import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { commonContacts } from './common-contacts.js';
import { profile } from './profile.js';
import { eventsArb, PHONES, T0 } from './test-support/arbitraries.js';
import { groupBy, isTie, localParts, naiveLegs, type NaiveLeg } from './test-support/naive-legs.js';
import { oracleWorkspace } from './test-support/oracle-case.js';
import { phoneId } from './test-support/synthetic-case.js';
import { iso } from './time.js';
import { topContacts } from './top-contacts.js';

const { withSynthCase } = oracleWorkspace();
const RUNS = { numRuns: 8, seed: 4 };

function naiveTop(
  legs: readonly NaiveLeg[],
  party: string,
  from: number,
  to: number,
  kinds: Set<string>,
  min: number,
) {
  const mine = legs.filter(
    (l) => l.party === party && isTie(l) && l.t >= from && l.t < to && kinds.has(l.kind),
  );
  return [...groupBy(mine, (l) => l.other as string)]
    .map(([other, ls]) => ({
      contact: other,
      events: ls.length,
      out: ls.filter((l) => l.dir === 'out').length,
      in: ls.filter((l) => l.dir === 'in').length,
      durationS: ls.reduce((s, l) => s + l.dur, 0),
      first: iso(Math.min(...ls.map((l) => l.t))),
      last: iso(Math.max(...ls.map((l) => l.t))),
    }))
    .filter((r) => r.events >= min)
    .sort((x, y) => y.events - x.events || y.durationS - x.durationS || x.contact.localeCompare(y.contact));
}

describe('contact analyses against naive oracles', { timeout: 240_000 }, () => {
  it('top-contacts equals a group-by over plain legs, with and without window and kind filters', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 3 * 1440 }),
        async (events, pi, cut) => {
          const legs = naiveLegs(events);
          const party = phoneId(PHONES[pi] as string);
          const from = T0 + cut * 60_000;
          const to = from + 2 * 86_400_000;
          await withSynthCase({ events }, async (q) => {
            const strip = (rows: readonly object[]) =>
              rows.map((r) =>
                Object.fromEntries(Object.entries(r).filter(([k]) => k !== 'contactKey' && k !== 'evidence')),
              );
            const all = await topContacts(q, party, { window: {}, minCount: 1, limit: 1000 });
            expect(strip(all.rows)).toEqual(
              naiveTop(legs, party, -Infinity, Infinity, new Set(['call', 'sms', 'data']), 1),
            );
            const some = await topContacts(q, party, {
              window: { fromMs: from, toMs: to },
              kinds: ['call'],
              minCount: 2,
              limit: 1000,
            });
            expect(strip(some.rows)).toEqual(naiveTop(legs, party, from, to, new Set(['call']), 2));
          });
        },
      ),
      RUNS,
    );
  });

  it('common-contacts counts each counterpart per subject, subjects left out', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(),
        fc.subarray(PHONES, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (events, subjects, min) => {
          const ids = subjects.map(phoneId);
          const legs = naiveLegs(events)
            .filter(isTie)
            .filter((l) => ids.includes(l.party) && !ids.includes(l.other as string));
          const expected = [...groupBy(legs, (l) => l.other as string)]
            .map(([contact, ls]) => ({
              contact,
              subjects: new Set(ls.map((l) => l.party)).size,
              events: ls.length,
              perSubject: Object.fromEntries([...groupBy(ls, (l) => l.party)].map(([p, x]) => [p, x.length])),
            }))
            .filter((r) => r.subjects >= min)
            .sort(
              (x, y) => y.subjects - x.subjects || y.events - x.events || x.contact.localeCompare(y.contact),
            );
          await withSynthCase({ events }, async (q) => {
            const got = await commonContacts(q, ids, { min, window: {}, limit: 1000 });
            expect(
              got.rows.map(({ contact, subjects: s, events: n, perSubject }) => ({
                contact,
                subjects: s,
                events: n,
                perSubject,
              })),
            ).toEqual(expected);
          });
        },
      ),
      RUNS,
    );
  });

  it('profile counts, devices, SIMs, cells, busiest local days and silences match', async () => {
    await fc.assert(
      fc.asyncProperty(eventsArb(), fc.integer({ min: 0, max: 7 }), async (events, pi) => {
        const party = phoneId(PHONES[pi] as string);
        const mine = naiveLegs(events).filter((l) => l.party === party);
        await withSynthCase({ events }, async (q) => {
          const got = await profile(q, party, { window: {}, silenceDays: 0.5, zone: 'Europe/Paris' });
          if (mine.length === 0) return expect(got.rows).toEqual([]);
          const row = got.rows[0];
          const ts = mine.map((l) => l.t).sort((a, b) => a - b);
          const uniq = (xs: (string | null)[]) =>
            [...new Set(xs.filter((x): x is string => x !== null))].sort();
          const days = [...groupBy(mine, (l) => localParts(l.t, 'Europe/Paris').date)]
            .map(([day, ls]) => ({ day, n: ls.length }))
            .sort((x, y) => y.n - x.n || x.day.localeCompare(y.day))
            .slice(0, 5);
          const gaps = ts
            .slice(1)
            .map((t, i) => ({ from: ts[i] as number, to: t }))
            .filter((g) => g.to - g.from > 43_200_000);
          expect(row).toMatchObject({
            events: mine.length,
            firstSeen: iso(ts[0] as number),
            lastSeen: iso(ts[ts.length - 1] as number),
            contacts: new Set(mine.map((l) => l.other).filter((o) => o !== null)).size,
            devices: uniq(mine.map((l) => l.imei)),
            sims: uniq(mine.map((l) => l.imsi)),
            cells: uniq(mine.map((l) => l.cell)).length,
            busiestDays: days,
          });
          expect(row?.silences.length).toBe(Math.min(20, gaps.length));
        });
      }),
      RUNS,
    );
  });
});
