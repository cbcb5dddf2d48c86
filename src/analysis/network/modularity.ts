import { undirectedView } from './graph.js';
import type { Graph } from './graph.js';

export interface ModularityOptions {
  readonly weighted?: boolean;
  readonly resolution?: number;
}

/**
 * Newman–Girvan modularity of a partition on the undirected view of `g`:
 * Q = Σ_c [ L_c / m − γ (d_c / 2m)² ] (Newman 2006), the quantity igraph `modularity()` reports.
 */
export function modularity(g: Graph, membership: ArrayLike<number>, options: ModularityOptions = {}): number {
  const { offsets, targets, weights } = undirectedView(g).out;
  const isWeighted = options.weighted ?? true;
  const gamma = options.resolution ?? 1;
  const n = g.nodeCount;
  let communities = 0;
  for (let v = 0; v < n; v++) communities = Math.max(communities, membership[v]! + 1);
  const inside = new Float64Array(communities);
  const total = new Float64Array(communities);
  let m2 = 0;
  for (let v = 0; v < n; v++) {
    const c = membership[v]!;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const w = isWeighted ? weights[e]! : 1;
      m2 += w;
      total[c]! += w;
      if (membership[targets[e]!] === c) inside[c]! += w;
    }
  }
  if (m2 === 0) return NaN;
  let q = 0;
  for (let c = 0; c < communities; c++) q += inside[c]! / m2 - gamma * (total[c]! / m2) ** 2;
  return q;
}
