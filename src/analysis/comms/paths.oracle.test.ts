import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paths } from './paths.js';
import { relayPaths } from './relay.js';
import { eventsArb, PHONES } from './test-support/arbitraries.js';
import { isTie, naiveLegs, type NaiveLeg } from './test-support/naive-legs.js';
import { oracleWorkspace } from './test-support/oracle-case.js';
import { phoneId } from './test-support/synthetic-case.js';

const { withSynthCase } = oracleWorkspace();
const RUNS = { numRuns: 16, seed: 7 };

/** Every simple path a→b of at most k ties, by brute-force depth-first search. */
function naivePaths(legs: readonly NaiveLeg[], a: string, b: string, k: number): string[] {
  const adj = new Map<string, Set<string>>();
  for (const l of legs.filter(isTie)) adj.set(l.party, (adj.get(l.party) ?? new Set()).add(l.other));
  const out: string[] = [];
  const go = (p: string[]): void => {
    const v = p[p.length - 1] as string;
    if (v === b && p.length > 1) return void out.push(p.join('>'));
    if (p.length > k) return;
    for (const u of adj.get(v) ?? []) if (!p.includes(u)) go([...p, u]);
  };
  if (a !== b) go([a]);
  return out.sort();
}

/** Every simple time-ordered chain a→b of at most k originated communications, each within w of the last. */
function naiveRelay(legs: readonly NaiveLeg[], a: string, b: string, k: number, w: number): string[] {
  const outs = legs.filter((l) => isTie(l) && l.dir === 'out');
  const seen = new Set<string>();
  const go = (p: string[], at: number): void => {
    const v = p[p.length - 1] as string;
    if (p.length > k) return;
    for (const l of outs) {
      if (l.party !== v || p.includes(l.other as string)) continue;
      if (at !== -Infinity && !(l.t > at && l.t - at <= w)) continue;
      const next = [...p, l.other as string];
      if (l.other === b) seen.add(next.join('>'));
      else go(next, l.t);
    }
  };
  if (a !== b) go([a], -Infinity);
  return [...seen].sort();
}

describe('path analyses against naive oracles', { timeout: 240_000 }, () => {
  it('paths finds exactly the simple chains of at most k ties, shortest first', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(eventsArb(10), eventsArb(40)),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 4 }),
        async (events, i, j, k) => {
          const [a, b] = [phoneId(PHONES[i] as string), phoneId(PHONES[j] as string)];
          const expected = naivePaths(naiveLegs(events), a, b, k);
          await withSynthCase({ events }, async (q) => {
            const got = await paths(q, a, b, { maxHops: k, limit: 100_000 });
            expect(got.rows.map((r) => r.nodes.join('>')).sort()).toEqual(expected);
            const hops = got.rows.map((r) => r.hops);
            expect(hops).toEqual([...hops].sort((x, y) => x - y));
          });
        },
      ),
      RUNS,
    );
  });

  it('relay paths finds exactly the time-ordered chains within the relay window', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(60),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 0, max: 7 }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 1, max: 2000 }),
        async (events, i, j, k, minutes) => {
          const [a, b] = [phoneId(PHONES[i] as string), phoneId(PHONES[j] as string)];
          const w = minutes * 60_000;
          const expected = naiveRelay(naiveLegs(events), a, b, k, w);
          await withSynthCase({ events }, async (q) => {
            const got = await relayPaths(q, a, b, { maxHops: k, relayMs: w, window: {}, limit: 100_000 });
            expect(got.rows.map((r) => r.nodes.join('>')).sort()).toEqual(expected);
            for (const r of got.rows) expect(r.evidence).toHaveLength(r.hops);
          });
        },
      ),
      RUNS,
    );
  });
});
