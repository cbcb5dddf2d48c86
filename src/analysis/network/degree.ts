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
  const out = rowLengths(g.out);
  const outStrength = rowSums(g.out);
  if (!g.directed) {
    return { in: out, out, total: out, strength: outStrength, inStrength: outStrength, outStrength };
  }
  const inn = rowLengths(g.in);
  const inStrength = rowSums(g.in);
  const strength = new Float64Array(g.nodeCount);
  for (let v = 0; v < g.nodeCount; v++) strength[v] = inStrength[v]! + outStrength[v]!;
  const total = rowLengths(undirectedView(g).out);
  return { in: inn, out, total, strength, inStrength, outStrength };
}

/** Number of ties in each row of a CSR. */
export function rowLengths(adj: Adjacency): Float64Array {
  const { offsets } = adj;
  const lengths = new Float64Array(offsets.length - 1);
  for (let v = 0; v < lengths.length; v++) lengths[v] = offsets[v + 1]! - offsets[v]!;
  return lengths;
}

/** Sum of the tie weights in each row of a CSR. */
export function rowSums(adj: Adjacency): Float64Array {
  const { offsets, weights } = adj;
  const sums = new Float64Array(offsets.length - 1);
  for (let v = 0; v < sums.length; v++) {
    let t = 0;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) t += weights[e]!;
    sums[v] = t;
  }
  return sums;
}
