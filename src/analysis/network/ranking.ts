import type { Graph } from './graph.js';

export interface RankedNode {
  readonly id: string;
  readonly score: number;
  /** 1 = best; ties share the better rank ("1224" competition ranking). */
  readonly rank: number;
}

/**
 * Scores this close (relative) are the same score. Iterative measures (PageRank, eigenvector) are accurate to
 * about 1e-10, and sums of the same terms in another order (harmonic closeness) differ in the last digits, so
 * two people in equivalent positions can get scores a rounding error apart; ranking them apart would report
 * floating-point noise as a difference between people.
 */
const TIE_TOLERANCE = 1e-9;

const sameScore = (a: number, b: number): boolean =>
  a === b ||
  (Number.isFinite(a) &&
    Number.isFinite(b) &&
    Math.abs(a - b) <= TIE_TOLERANCE * Math.max(Math.abs(a), Math.abs(b)));

/** Ranks of scores, best first; `ascending` for measures where low is central (constraint). NaN ranks last. */
export function rankScores(scores: ArrayLike<number>, ascending = false): Int32Array {
  const n = scores.length;
  const key = (v: number): number => {
    const s = scores[v]!;
    if (Number.isNaN(s)) return -Infinity;
    return ascending ? -s : s;
  };
  const order = Array.from({ length: n }, (_, v) => v).sort((a, b) => key(b) - key(a) || a - b);
  const ranks = new Int32Array(n);
  // A tie group is measured from its first (best) member, so near-equal scores cannot chain down the list.
  let leader = -1;
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    if (leader >= 0 && sameScore(key(leader), key(v))) ranks[v] = ranks[leader]!;
    else {
      leader = v;
      ranks[v] = i + 1;
    }
  }
  return ranks;
}

/** The `limit` best nodes by score, best first. */
export function topNodes(
  g: Graph,
  scores: ArrayLike<number>,
  limit: number,
  ascending = false,
): RankedNode[] {
  const ranks = rankScores(scores, ascending);
  return Array.from({ length: g.nodeCount }, (_, v) => ({
    id: g.ids[v]!,
    score: scores[v]!,
    rank: ranks[v]!,
  }))
    .sort((a, b) => a.rank - b.rank || g.indexOf.get(a.id)! - g.indexOf.get(b.id)!)
    .slice(0, Math.max(0, limit));
}
