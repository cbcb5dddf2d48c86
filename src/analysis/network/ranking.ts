import type { Graph } from './graph.js';

export interface RankedNode {
  readonly id: string;
  readonly score: number;
  /** 1 = best; ties share the better rank ("1224" competition ranking). */
  readonly rank: number;
}

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
  for (let i = 0; i < n; i++) {
    const v = order[i]!;
    const prev = i > 0 ? order[i - 1]! : -1;
    ranks[v] = prev >= 0 && key(prev) === key(v) ? ranks[prev]! : i + 1;
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
