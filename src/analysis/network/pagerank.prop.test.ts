import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Graph } from './graph.js';
import { pagerank, pageRankSolve } from './pagerank.js';
import { directPagerank, peel, smallCorePeeling } from './pagerank-direct.js';
import { powerIterationPagerank } from './pagerank-power.js';
import { choleskyPagerank, hasMirroredTies, symmetricPagerank } from './pagerank-symmetric.js';
import { smallGraph } from './testing/arbitraries.js';
import { denseWeights, naivePagerank, toGraph } from './testing/naive-oracles.js';
import type { SmallGraph } from './testing/naive-oracles.js';

type Solver = (g: Graph, weighted: boolean) => Float64Array;

const normalised = (x: Float64Array): number[] => {
  const total = x.reduce((a, b) => a + b, 0);
  return Array.from(x, (v) => v / total);
};
const power: Solver = (g, weighted) => powerIterationPagerank(g, pageRankSolve(g, { weighted }));
const direct: Solver = (g, weighted) => directPagerank(g, pageRankSolve(g, { weighted }), peel(g));
const symmetric: Solver = (g, weighted) => symmetricPagerank(g, pageRankSolve(g, { weighted }));
const cholesky: Solver = (g, weighted) => choleskyPagerank(g, pageRankSolve(g, { weighted }));

/** The dense Google-matrix oracle on the weights, or on ones when ties count once. */
function oracle(s: SmallGraph, weighted: boolean): number[] {
  const a = denseWeights(s);
  return naivePagerank(weighted ? a : a.map((row) => row.map((w) => (w > 0 ? 1 : 0))), 0.85);
}

function expectNear(actual: readonly number[], expected: readonly number[], tol: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((a, i) => expect(Math.abs(a - expected[i]!)).toBeLessThanOrEqual(tol));
}

/** Every tie recorded from both ends, as the bench loads an undirected network. */
const mirrored = (s: SmallGraph): SmallGraph => ({
  ...s,
  directed: true,
  edges: s.edges.flatMap(([a, b, w]): [number, number, number][] => [
    [a, b, w],
    [b, a, w],
  ]),
});

/** Adds node n as a twin of node t: the same ties in and out, so any correct PageRank scores the two equal. */
const withTwin = (s: SmallGraph, t: number): SmallGraph => ({
  n: s.n + 1,
  directed: s.directed,
  edges: [
    ...s.edges,
    ...s.edges.flatMap(([a, b, w]): [number, number, number][] =>
      a === b ? [] : a === t ? [[s.n, b, w]] : b === t ? [[a, s.n, w]] : [],
    ),
  ],
});

describe('PageRank solvers against the dense Google matrix', () => {
  it('power iteration and the direct solve agree with it on any graph', () => {
    fc.assert(
      fc.property(smallGraph(), fc.boolean(), (s, weighted) => {
        const g = toGraph(s);
        const expected = oracle(s, weighted);
        expectNear(normalised(power(g, weighted)), expected, 1e-8);
        expectNear(normalised(direct(g, weighted)), expected, 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('conjugate gradients and Cholesky agree with it on undirected and mirrored graphs', () => {
    fc.assert(
      fc.property(smallGraph(8, false), fc.boolean(), fc.boolean(), (s, asArcs, weighted) => {
        const g = toGraph(asArcs ? mirrored(s) : s);
        expect(hasMirroredTies(g, weighted)).toBe(true);
        const expected = oracle(s, weighted);
        expectNear(normalised(symmetric(g, weighted)), expected, 1e-8);
        expectNear(normalised(cholesky(g, weighted)), expected, 1e-12);
      }),
      { numRuns: 300 },
    );
  });

  it('every solver scores twins equal', () => {
    fc.assert(
      fc.property(smallGraph(), fc.nat(), fc.boolean(), (s, pick, weighted) => {
        const t = pick % s.n;
        const g = toGraph(withTwin(s, t));
        const solvers = hasMirroredTies(g, weighted) ? [power, direct, symmetric, cholesky] : [power, direct];
        for (const solve of solvers) {
          const x = solve(g, weighted);
          expect(Math.abs(x[t]! - x[s.n]!)).toBeLessThanOrEqual(1e-12 * x[t]!);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('the iterative solvers stop within d/(1−d)·tolerance of the exact scores (L1)', () => {
    const tolerance = 1e-6;
    const bound = (0.85 / 0.15) * tolerance;
    const l1 = (a: readonly number[], b: readonly number[]): number =>
      a.reduce((t, x, i) => t + Math.abs(x - b[i]!), 0);
    fc.assert(
      fc.property(
        fc.integer({ min: 30, max: 60 }).chain((n) =>
          fc.record({
            n: fc.constant(n),
            directed: fc.boolean(),
            edges: fc.array(fc.tuple(fc.nat(n - 1), fc.nat(n - 1), fc.integer({ min: 1, max: 4 })), {
              minLength: n,
              maxLength: 4 * n,
            }),
          }),
        ),
        (s) => {
          const g = toGraph(s);
          const exact = normalised(direct(g, true));
          const options = { tolerance };
          const iterated = hasMirroredTies(g, true)
            ? symmetricPagerank(g, pageRankSolve(g, options))
            : powerIterationPagerank(g, pageRankSolve(g, options));
          expect(l1(normalised(iterated), exact)).toBeLessThanOrEqual(bound);
        },
      ),
      { numRuns: 100 },
    );
  });

  it('takes power iteration past a 32-node core and still agrees', () => {
    // A directed ring with chords and trees hung on it: a 40-node core no peeling removes.
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.nat(39), fc.nat(39), fc.integer({ min: 1, max: 4 })), { maxLength: 30 }),
        (chords) => {
          const ring: [number, number, number][] = Array.from({ length: 40 }, (_, i) => [
            i,
            (i + 1) % 40,
            1 + (i % 3),
          ]);
          const trees: [number, number, number][] = Array.from({ length: 10 }, (_, i) => [
            40 + i,
            (7 * i) % 40,
            1,
          ]);
          const s: SmallGraph = {
            n: 55,
            directed: true,
            edges: [...ring, ...chords, ...trees, [3, 50, 2], [50, 51, 1]],
          };
          const g = toGraph(s);
          expect(peel(g).back - peel(g).forward).toBe(40);
          expectNear(Array.from(pagerank(g)), oracle(s, true), 1e-8);
        },
      ),
      { numRuns: 6 },
    );
  });
});

describe('the structure the solvers are chosen by', () => {
  it('a one-way tie or a differing weight makes ties unmirrored', () => {
    fc.assert(
      fc.property(smallGraph(7, false), fc.nat(), (s, pick) => {
        const arcs = mirrored(s).edges.filter(([a, b]) => a !== b);
        fc.pre(arcs.length > 0);
        const i = pick % arcs.length;
        const [a, b, w] = arcs[i]!;
        const oneWay = toGraph({
          ...s,
          directed: true,
          edges: arcs.filter(([x, y]) => !(x === a && y === b)),
        });
        expect(hasMirroredTies(oneWay, false)).toBe(false);
        const heavier = toGraph({ ...s, directed: true, edges: [...arcs, [a, b, w]] });
        expect(hasMirroredTies(heavier, true)).toBe(false);
        expect(hasMirroredTies(heavier, false)).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('a small-core peeling is the peeling, offered whenever the core and the nodes tied both ways are few', () => {
    fc.assert(
      fc.property(smallGraph(9, true), fc.nat(9), (s, maxCore) => {
        const g = toGraph(s);
        const full = peel(g);
        const core = full.back - full.forward;
        let through = 0;
        for (let v = 0; v < s.n; v++) {
          const hasIn = g.in.offsets[v + 1]! > g.in.offsets[v]!;
          if (hasIn && g.out.offsets[v + 1]! > g.out.offsets[v]!) through++;
        }
        const small = smallCorePeeling(g, maxCore);
        if (small) expect(small).toEqual(full);
        if (core <= maxCore && through <= 2 * maxCore) expect(small).not.toBeNull();
        if (core > maxCore) expect(small).toBeNull();
      }),
      { numRuns: 300 },
    );
  });

  it('peeling orders every node once: peeled parts after what feeds them, a core it cannot shrink', () => {
    fc.assert(
      fc.property(smallGraph(9, true), (s) => {
        const g = toGraph(s);
        const { order, forward, back } = peel(g);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: s.n }, (_, i) => i));
        const rank = new Int32Array(s.n);
        order.forEach((v, i) => (rank[v] = i));
        const inCore = (v: number): boolean => rank[v]! >= forward && rank[v]! < back;
        for (let i = 0; i < s.n; i++) {
          const v = order[i]!;
          const ins = Array.from(g.in.targets.subarray(g.in.offsets[v]!, g.in.offsets[v + 1]!));
          const outs = Array.from(g.out.targets.subarray(g.out.offsets[v]!, g.out.offsets[v + 1]!));
          if (!inCore(v)) ins.forEach((u) => expect(rank[u]).toBeLessThan(i));
          else {
            expect(ins.some(inCore)).toBe(true);
            expect(outs.some(inCore)).toBe(true);
          }
        }
      }),
      { numRuns: 300 },
    );
  });
});
