import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fragmentation, kShortestPaths, keyPlayers, louvain, modularity } from './index.js';
import { smallGraph } from './testing/arbitraries.js';
import {
  allSimplePaths,
  bruteForceKeyPlayers,
  denseWeights,
  naiveFragmentation,
  naiveModularity,
  toGraph,
} from './testing/naive-oracles.js';

describe('communities, key players and paths against naive oracles', () => {
  it('Louvain reports the modularity of its partition and beats singletons', () => {
    fc.assert(
      fc.property(smallGraph(9), fc.nat(), (s, seed) => {
        const g = toGraph(s);
        fc.pre(g.edgeCount > 0);
        const found = louvain(g, { seed });
        const a = denseWeights(s);
        expect(found.modularity).toBeCloseTo(naiveModularity(a, found.membership), 10);
        expect(modularity(g, found.membership)).toBeCloseTo(found.modularity, 12);
        const singletons = Array.from({ length: s.n }, (_, i) => i);
        expect(found.modularity).toBeGreaterThanOrEqual(naiveModularity(a, singletons) - 1e-12);
        expect(louvain(g, { seed }).membership).toEqual(found.membership);
      }),
      { numRuns: 200 },
    );
  });

  it('fragmentation equals reachability counting', () => {
    fc.assert(
      fc.property(smallGraph(8), fc.array(fc.nat(), { maxLength: 3 }), (s, picks) => {
        const removed = [...new Set(picks.map((p) => p % s.n))];
        const mask = new Uint8Array(s.n);
        for (const v of removed) mask[v] = 1;
        expect(fragmentation(toGraph(s), mask)).toBeCloseTo(naiveFragmentation(denseWeights(s), removed), 12);
      }),
      { numRuns: 200 },
    );
  });

  it('greedy + swap key players reach at most the brute-force optimum and report their own score', () => {
    let optimalHits = 0;
    fc.assert(
      fc.property(smallGraph(8), fc.integer({ min: 1, max: 3 }), (s, k) => {
        fc.pre(k < s.n);
        const a = denseWeights(s);
        const found = keyPlayers(toGraph(s), { k });
        expect(found.nodes.length).toBe(k);
        expect(found.fragmentation).toBeCloseTo(naiveFragmentation(a, found.nodes), 12);
        const best = bruteForceKeyPlayers(a, k);
        expect(found.fragmentation).toBeLessThanOrEqual(best + 1e-12);
        if (found.fragmentation >= best - 1e-12) optimalHits++;
      }),
      { numRuns: 150 },
    );
    expect(optimalHits).toBeGreaterThan(100);
  });

  it('Yen returns the k shortest simple paths in order', () => {
    fc.assert(
      fc.property(smallGraph(6), fc.boolean(), fc.integer({ min: 1, max: 5 }), (s, weighted, k) => {
        fc.pre(s.n >= 2);
        const g = toGraph(s);
        const all = allSimplePaths(denseWeights(s), 0, s.n - 1, weighted)
          .map((p) => p[1])
          .sort((x, y) => x - y);
        const found = kShortestPaths(g, 'v0', `v${s.n - 1}`, k, { weighted });
        expect(found.length).toBe(Math.min(k, all.length));
        found.forEach((p, i) => {
          expect(p.length).toBeCloseTo(all[i]!, 9);
          expect(new Set(p.nodes).size).toBe(p.nodes.length);
        });
      }),
      { numRuns: 200 },
    );
  });
});
