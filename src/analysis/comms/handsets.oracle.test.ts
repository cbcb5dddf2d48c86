import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { handsets } from './handsets.js';
import { successors } from './successors.js';
import { eventsArb, PHONES } from './test-support/arbitraries.js';
import { contactSets, groupBy, naiveLegs, type NaiveLeg } from './test-support/naive-legs.js';
import { oracleWorkspace } from './test-support/oracle-case.js';
import { phoneId } from './test-support/synthetic-case.js';

const { withSynthCase } = oracleWorkspace();
const RUNS = { numRuns: 8, seed: 13 };
const DAY = 86_400_000;

/** Members (by first use) of every group of `by` with more than one distinct `member`. */
function findings(
  legs: readonly NaiveLeg[],
  kind: string,
  by: (l: NaiveLeg) => string | null,
  member: (l: NaiveLeg) => string | null,
) {
  const usable = legs.filter((l) => by(l) !== null && member(l) !== null);
  return [...groupBy(usable, (l) => by(l) as string)].flatMap(([subject, ls]) => {
    const ms = [...groupBy(ls, (l) => member(l) as string)].map(([id, x]) => ({
      id,
      n: x.length,
      first: Math.min(...x.map((l) => l.t)),
      last: Math.max(...x.map((l) => l.t)),
    }));
    return ms.length > 1
      ? [
          `${kind} ${subject}: ${ms
            .map((m) => `${m.id}/${m.n}/${m.first}-${m.last}`)
            .sort()
            .join(' ')}`,
        ]
      : [];
  });
}

describe('handset and successor analyses against naive oracles', { timeout: 240_000 }, () => {
  it('handsets finds shared devices, multi-SIM devices, SIM swaps and handset changes', async () => {
    await fc.assert(
      fc.asyncProperty(eventsArb(), async (events) => {
        const legs = naiveLegs(events).filter((l) => l.imei !== null || l.imsi !== null);
        const keyOf = new Map(PHONES.map((p) => [phoneId(p), p]));
        const name = (id: string) => keyOf.get(id) ?? id;
        const expected = [
          ...findings(
            legs,
            'shared-device',
            (l) => l.imei,
            (l) => name(l.party),
          ),
          ...findings(
            legs,
            'multi-sim-device',
            (l) => l.imei,
            (l) => l.imsi,
          ),
          ...findings(
            legs,
            'sim-swap',
            (l) => name(l.party),
            (l) => l.imsi,
          ),
          ...findings(
            legs,
            'handset-change',
            (l) => name(l.party),
            (l) => l.imei,
          ),
        ].sort();
        await withSynthCase({ events }, async (q) => {
          const got = await handsets(q, {}, { limit: 10_000 });
          const text = got.rows.map(
            (r) =>
              `${r.kind} ${r.subject}: ${r.members
                .map((m) => `${m.member}/${m.events}/${Date.parse(m.first)}-${Date.parse(m.last)}`)
                .sort()
                .join(' ')}`,
          );
          expect(text.sort()).toEqual(expected);
          for (const r of got.rows)
            expect(r.changes.length).toBe(
              r.kind === 'sim-swap' || r.kind === 'handset-change' ? r.members.length - 1 : 0,
            );
        });
      }),
      RUNS,
    );
  });

  it('successors ranks numbers first seen near the silence by Jaccard of contact sets', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 4 }),
        async (events, pi, within) => {
          const legs = naiveLegs(events);
          const s = phoneId(PHONES[pi] as string);
          const contacts = contactSets(legs);
          const mine = contacts.get(s) ?? new Set<string>();
          const spans = new Map(
            [...groupBy(legs, (l) => l.party)].map(([p, ls]) => [
              p,
              { first: Math.min(...ls.map((l) => l.t)), last: Math.max(...ls.map((l) => l.t)) },
            ]),
          );
          const last = spans.get(s)?.last ?? 0;
          const expected =
            mine.size === 0
              ? []
              : [...spans]
                  .filter(
                    ([p, sp]) => p !== s && sp.first >= last - 1 * DAY && sp.first <= last + within * DAY,
                  )
                  .map(([p]) => {
                    const theirs = contacts.get(p) ?? new Set<string>();
                    const shared = [...mine].filter((c) => theirs.has(c)).length;
                    return { p, shared, score: shared / (mine.size + theirs.size - shared) };
                  })
                  .filter((c) => c.shared >= 1)
                  .sort((x, y) => y.score - x.score || y.shared - x.shared || x.p.localeCompare(y.p))
                  .map((c) => `${c.p}:${c.shared}:${Math.round(c.score * 1000) / 1000}`);
          await withSynthCase({ events }, async (q) => {
            const got = await successors(q, s, {
              withinDays: within,
              overlapDays: 1,
              minShared: 1,
              limit: 1000,
            });
            expect(got.rows.map((r) => `${r.candidate}:${r.shared}:${r.score}`)).toEqual(expected);
          });
        },
      ),
      RUNS,
    );
  });
});
