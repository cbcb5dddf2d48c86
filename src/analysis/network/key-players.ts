import { degrees } from './degree.js';
import { FragmentationScorer } from './fragmentation.js';
import type { Graph } from './graph.js';

export interface KeyPlayerOptions {
  /** How many nodes to remove. */
  readonly k: number;
  /** Nodes considered for the set; default all when n ≤ 1000, else the 300 of highest degree. */
  readonly candidates?: readonly number[];
  readonly maxSwapPasses?: number;
}

export interface KeyPlayerSet {
  readonly nodes: readonly number[];
  /** Fragmentation F after removing the set. */
  readonly fragmentation: number;
  /** Fragmentation before any removal (0 for a connected network). */
  readonly baseline: number;
}

/**
 * KPP-Neg (Borgatti 2006): the k nodes whose removal maximises fragmentation. Greedy construction (add the
 * node with the best marginal F), then Borgatti's swap improvement: exchange a member for a non-member while
 * that raises F. A heuristic; the oracle test checks it against brute force on small graphs.
 */
export function keyPlayers(g: Graph, options: KeyPlayerOptions): KeyPlayerSet {
  const n = g.nodeCount;
  const k = Math.max(0, Math.min(options.k, n));
  const scorer = new FragmentationScorer(g);
  const removed = new Uint8Array(n);
  const baseline = scorer.score(removed);
  const candidates = options.candidates ?? defaultCandidates(g);
  const set: number[] = [];
  let best = baseline;
  for (let step = 0; step < k; step++) {
    let pick = -1;
    let pickScore = -Infinity;
    for (const c of candidates) {
      if (removed[c] === 1) continue;
      removed[c] = 1;
      const f = scorer.score(removed);
      removed[c] = 0;
      if (f > pickScore) {
        pick = c;
        pickScore = f;
      }
    }
    if (pick < 0) break;
    removed[pick] = 1;
    set.push(pick);
    best = pickScore;
  }
  const maxPasses = options.maxSwapPasses ?? 20;
  for (let pass = 0; pass < maxPasses; pass++) {
    let hasImproved = false;
    for (let i = 0; i < set.length; i++) {
      const out = set[i]!;
      removed[out] = 0;
      let swapIn = out;
      for (const c of candidates) {
        if (removed[c] === 1 || c === out) continue;
        removed[c] = 1;
        const f = scorer.score(removed);
        removed[c] = 0;
        if (f > best + 1e-12) {
          best = f;
          swapIn = c;
        }
      }
      removed[swapIn] = 1;
      if (swapIn !== out) {
        set[i] = swapIn;
        hasImproved = true;
      }
    }
    if (!hasImproved) break;
  }
  return { nodes: set, fragmentation: set.length === 0 ? baseline : best, baseline };
}

function defaultCandidates(g: Graph): number[] {
  const all = Array.from({ length: g.nodeCount }, (_, v) => v);
  if (g.nodeCount <= 1000) return all;
  const total = degrees(g).total;
  return all.sort((a, b) => total[b]! - total[a]! || a - b).slice(0, 300);
}
