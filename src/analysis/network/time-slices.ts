import { buildGraph } from './graph.js';
import { rankScores } from './ranking.js';
import type { EdgeInput, Graph } from './graph.js';

/** The ties observed in one period (a wiretap phase, a month). */
export interface TimeSlice {
  readonly label: string;
  readonly edges: readonly EdgeInput[];
}

export interface TimedEdge extends EdgeInput {
  /** Epoch milliseconds. */
  readonly time: number;
}

export interface NodeTrajectory {
  readonly id: string;
  /** Rank per slice (1 = best), null where the node was not active. */
  readonly ranks: readonly (number | null)[];
  readonly scores: readonly (number | null)[];
  /**
   * Least-squares slope of rank against slice index, sign flipped: positive = rising towards rank 1,
   * in ranks per slice. 0 for nodes active in fewer than two slices.
   */
  readonly trend: number;
}

export interface RankTrajectories {
  readonly labels: readonly string[];
  /** Every node seen in any slice, best mean rank first. */
  readonly nodes: readonly NodeTrajectory[];
}

export interface TrajectoryOptions {
  readonly directed: boolean;
  /** Rank ascending (for constraint, where low is central). */
  readonly ascending?: boolean;
}

/** Splits timestamped ties into consecutive slices of `widthMs` starting at the earliest tie. */
export function sliceByTime(edges: readonly TimedEdge[], widthMs: number): TimeSlice[] {
  if (edges.length === 0) return [];
  const origin = edges.reduce((m, e) => Math.min(m, e.time), Infinity);
  const buckets: EdgeInput[][] = [];
  for (const e of edges) {
    const i = Math.floor((e.time - origin) / widthMs);
    (buckets[i] ??= []).push(e);
  }
  return Array.from(buckets, (b, i) => ({
    label: new Date(origin + i * widthMs).toISOString(),
    edges: b ?? [],
  }));
}

/**
 * Computes `metric` on each slice's own graph and follows every node's rank across slices: who rises, who
 * fades. Example: `rankTrajectories(caviarPhases, (g) => betweenness(g), { directed: true })`.
 */
export function rankTrajectories(
  slices: readonly TimeSlice[],
  metric: (g: Graph) => ArrayLike<number>,
  options: TrajectoryOptions,
): RankTrajectories {
  const ranks = new Map<string, (number | null)[]>();
  const scores = new Map<string, (number | null)[]>();
  slices.forEach((slice, t) => {
    const g = buildGraph(slice.edges, { directed: options.directed });
    const s = metric(g);
    const r = rankScores(s, options.ascending === true);
    for (let v = 0; v < g.nodeCount; v++) {
      const id = g.ids[v]!;
      if (!ranks.has(id)) {
        ranks.set(id, new Array<number | null>(slices.length).fill(null));
        scores.set(id, new Array<number | null>(slices.length).fill(null));
      }
      ranks.get(id)![t] = r[v]!;
      scores.get(id)![t] = s[v]!;
    }
  });
  const nodes = [...ranks].map(([id, r]) => ({ id, ranks: r, scores: scores.get(id)!, trend: -slope(r) }));
  return {
    labels: slices.map((s) => s.label),
    nodes: nodes.sort((a, b) => meanRank(a.ranks) - meanRank(b.ranks)),
  };
}

function present(values: readonly (number | null)[]): [number, number][] {
  return values.flatMap((v, i): [number, number][] => (v === null ? [] : [[i, v]]));
}

function slope(values: readonly (number | null)[]): number {
  const pts = present(values);
  if (pts.length < 2) return 0;
  const mx = pts.reduce((a, p) => a + p[0], 0) / pts.length;
  const my = pts.reduce((a, p) => a + p[1], 0) / pts.length;
  let sxy = 0;
  let sxx = 0;
  for (const [x, y] of pts) {
    sxy += (x - mx) * (y - my);
    sxx += (x - mx) ** 2;
  }
  return sxy / sxx;
}

function meanRank(values: readonly (number | null)[]): number {
  const pts = present(values);
  return pts.length === 0 ? Infinity : pts.reduce((a, p) => a + p[1], 0) / pts.length;
}
