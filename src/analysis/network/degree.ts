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
  return { in: inn, out, total: rowLengths(undirectedView(g).out), strength, inStrength, outStrength };
}

function rowLengths(adj: Adjacency): Float64Array {
  const n = adj.offsets.length - 1;
  const d = new Float64Array(n);
  for (let v = 0; v < n; v++) d[v] = adj.offsets[v + 1]! - adj.offsets[v]!;
  return d;
}

function rowSums(adj: Adjacency): Float64Array {
  const n = adj.offsets.length - 1;
  const s = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    let t = 0;
    for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) t += adj.weights[e]!;
    s[v] = t;
  }
  return s;
}
