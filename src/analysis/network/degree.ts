import { undirectedView } from './graph.js';
import type { Adjacency, Graph } from './graph.js';

export interface Degrees {
  /** Distinct senders to the node (equals `total` on undirected graphs). */
  readonly in: Float64Array;
  /** Distinct recipients of the node. */
  readonly out: Float64Array;
  /** Distinct contacts regardless of direction: a reciprocated pair counts once. */
  readonly total: Float64Array;
  /** Sum of tie weights in and out (igraph `strength(mode="all", weights=...)`). */
  readonly strength: Float64Array;
  readonly inStrength: Float64Array;
  readonly outStrength: Float64Array;
}

/** Degree and weighted strength of every node; for undirected graphs in = out = total. */
export function degrees(g: Graph): Degrees {
  const { lengths: out, sums: outStrength } = rowStats(g.out);
  if (!g.directed) {
    return { in: out, out, total: out, strength: outStrength, inStrength: outStrength, outStrength };
  }
  const { lengths: inn, sums: inStrength } = rowStats(g.in);
  const strength = new Float64Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) strength[v] = inStrength[v]! + outStrength[v]!;
  const { offsets } = undirectedView(g).out;
  const total = new Float64Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) total[v] = offsets[v + 1]! - offsets[v]!;
  return { in: inn, out, total, strength, inStrength, outStrength };
}

/** Row lengths and weight sums in one pass over the CSR. */
function rowStats(adj: Adjacency): { lengths: Float64Array; sums: Float64Array } {
  const { offsets, weights } = adj;
  const n = offsets.length - 1;
  const lengths = new Float64Array(n);
  const sums = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    const start = offsets[v]!;
    const end = offsets[v + 1]!;
    lengths[v] = end - start;
    let t = 0;
    for (let e = start; e < end; e++) t += weights[e]!;
    sums[v] = t;
  }
  return { lengths, sums };
}
