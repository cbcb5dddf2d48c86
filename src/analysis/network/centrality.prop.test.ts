import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  betweenness,
  closeness,
  constraint,
  coreness,
  eigenvectorCentrality,
  harmonicCloseness,
  pagerank,
  sampledBetweenness,
  undirectedView,
} from './index.js';
import { smallGraph } from './testing/arbitraries.js';
import {
  denseWeights,
  floydWarshall,
  naiveBetweenness,
  naiveCloseness,
  naiveConstraint,
  naiveCoreness,
  naiveHarmonic,
  naivePagerank,
  toGraph,
} from './testing/naive-oracles.js';

const near = (actual: ArrayLike<number>, expected: readonly number[], tol = 1e-9): void => {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, i) => {
    const a = actual[i]!;
    if (Number.isNaN(e)) expect(a).toBeNaN();
    else expect(Math.abs(a - e)).toBeLessThanOrEqual(tol * Math.max(1, Math.abs(e)));
  });
};
const weightedFlag = fc.boolean();

describe('centrality against naive oracles', () => {
  it('Brandes betweenness equals shortest-path enumeration', () => {
    fc.assert(
      fc.property(smallGraph(6), weightedFlag, (s, weighted) => {
        near(betweenness(toGraph(s), { weighted }), naiveBetweenness(denseWeights(s), s.directed, weighted));
      }),
      { numRuns: 150 },
    );
  });

  it('closeness and harmonic equal Floyd–Warshall based values', () => {
    fc.assert(
      fc.property(smallGraph(), weightedFlag, (s, weighted) => {
        const d = floydWarshall(denseWeights(s), weighted);
        const g = toGraph(s);
        near(closeness(g, { weighted }), naiveCloseness(d));
        if (s.n > 1) near(harmonicCloseness(g, { weighted }), naiveHarmonic(d));
      }),
      { numRuns: 200 },
    );
  });

  it('PageRank equals dense Google-matrix iteration', () => {
    fc.assert(
      fc.property(smallGraph(), (s) => {
        near(pagerank(toGraph(s)), naivePagerank(denseWeights(s), 0.85), 1e-8);
      }),
      { numRuns: 200 },
    );
  });

  it('eigenvector centrality satisfies A x = λ x on connected undirected graphs', () => {
    fc.assert(
      fc.property(smallGraph(7, false), (s) => {
        const g = toGraph(s);
        const a = denseWeights(s);
        const isConnected = floydWarshall(a, false).every((row) => row.every((x) => x < Infinity));
        fc.pre(isConnected && g.edgeCount > 0);
        const x = eigenvectorCentrality(g, { weighted: true });
        const ax = a.map((row) => row.reduce((p, w, j) => p + w * x[j]!, 0));
        const lambda = Math.max(...ax);
        near(
          ax,
          Array.from(x, (xi) => lambda * xi),
          1e-7,
        );
        expect(Math.max(...x)).toBeCloseTo(1, 12);
      }),
      { numRuns: 200 },
    );
  });

  it('coreness equals brute-force peeling', () => {
    fc.assert(
      fc.property(smallGraph(8), (s) => {
        near(coreness(toGraph(s)), naiveCoreness(denseWeights(s)));
      }),
      { numRuns: 200 },
    );
  });

  it('constraint equals the dense Burt formula', () => {
    fc.assert(
      fc.property(smallGraph(), (s) => {
        near(constraint(toGraph(s)), naiveConstraint(denseWeights(s)));
      }),
      { numRuns: 200 },
    );
  });

  it('sampled betweenness with every node as pivot is exact with zero error', () => {
    fc.assert(
      fc.property(smallGraph(), (s) => {
        const g = toGraph(s);
        const sampled = sampledBetweenness(g, { pivots: s.n, seed: 3 });
        near(sampled.estimate, Array.from(betweenness(g)));
        sampled.standardError.forEach((e) => expect(e).toBeCloseTo(0, 9));
      }),
      { numRuns: 100 },
    );
  });

  it('undirected view of a symmetric directed graph gives the undirected betweenness', () => {
    fc.assert(
      fc.property(smallGraph(6, false), (s) => {
        const mirrored = {
          ...s,
          directed: true,
          edges: s.edges.flatMap(
            ([a, b, w]) =>
              [
                [a, b, w],
                [b, a, w],
              ] as [number, number, number][],
          ),
        };
        const viaView = betweenness(undirectedView(toGraph(mirrored)));
        near(viaView, Array.from(betweenness(toGraph(s))));
      }),
      { numRuns: 100 },
    );
  });
});
