import { buildAdjacency } from './graph.js';
import type { Adjacency, Graph } from './graph.js';

export interface BrokerageOptions {
  /** Use tie weights as investment (default true); otherwise every arc weighs 1. */
  readonly weighted?: boolean;
}

/**
 * Symmetrised tie strengths s_ij = a_ij + a_ji, each row divided by its sum: Burt's proportional investment
 * p_ij. Shared by constraint and effective size.
 */
function proportions(g: Graph, options: BrokerageOptions): { adj: Adjacency; p: Float64Array } {
  const isWeighted = options.weighted ?? true;
  const n = g.nodeCount;
  const { offsets, targets, weights } = g.out;
  const m = targets.length;
  const src = new Int32Array(2 * m);
  const dst = new Int32Array(2 * m);
  const w = new Float64Array(2 * m);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      const x = isWeighted ? weights[e]! : 1;
      src[2 * e] = v;
      dst[2 * e] = targets[e]!;
      src[2 * e + 1] = targets[e]!;
      dst[2 * e + 1] = v;
      w[2 * e] = x;
      w[2 * e + 1] = x;
    }
  }
  const adj = buildAdjacency(n, src, dst, w);
  const p = new Float64Array(adj.targets.length);
  for (let v = 0; v < n; v++) {
    let total = 0;
    for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) total += adj.weights[e]!;
    for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) p[e] = adj.weights[e]! / total;
  }
  return { adj, p };
}

/**
 * Burt's constraint (Structural Holes, 1992): c_i = Σ_j (p_ij + Σ_q p_iq p_qj)², j and q contacts of i.
 * Low constraint marks a broker whose contacts do not know each other. Matches igraph `constraint()`, which
 * ignores direction by summing both arcs of a pair; NaN for isolates.
 */
export function constraint(g: Graph, options: BrokerageOptions = {}): Float64Array {
  const { adj, p } = proportions(g, options);
  const { offsets, targets } = adj;
  const n = g.nodeCount;
  const result = new Float64Array(n);
  const contrib = new Float64Array(n);
  const owner = new Int32Array(n).fill(-1);
  for (let i = 0; i < n; i++) {
    if (offsets[i] === offsets[i + 1]) {
      result[i] = NaN;
      continue;
    }
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      owner[targets[e]!] = i;
      contrib[targets[e]!] = p[e]!;
    }
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const q = targets[e]!;
      const piq = p[e]!;
      for (let f = offsets[q]!; f < offsets[q + 1]!; f++) {
        const j = targets[f]!;
        if (j !== i && owner[j] === i) contrib[j]! += piq * p[f]!;
      }
    }
    let c = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) c += contrib[targets[e]!]! ** 2;
    result[i] = c;
  }
  return result;
}

/**
 * Burt's effective size: Σ_j (1 − Σ_q p_iq m_jq) with m_jq = s_jq / max_k s_jk, i.e. contacts minus their
 * redundancy. Matches networkx `effective_size` (which for unweighted undirected graphs reduces to n − 2t/n).
 */
export function effectiveSize(g: Graph, options: BrokerageOptions = {}): Float64Array {
  const { adj, p } = proportions(g, options);
  const { offsets, targets, weights } = adj;
  const n = g.nodeCount;
  const rowMax = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) rowMax[v] = Math.max(rowMax[v]!, weights[e]!);
  }
  const pi = new Float64Array(n);
  const owner = new Int32Array(n).fill(-1);
  const result = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    if (offsets[i] === offsets[i + 1]) {
      result[i] = NaN;
      continue;
    }
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      owner[targets[e]!] = i;
      pi[targets[e]!] = p[e]!;
    }
    let size = 0;
    for (let e = offsets[i]!; e < offsets[i + 1]!; e++) {
      const j = targets[e]!;
      let redundancy = 0;
      for (let f = offsets[j]!; f < offsets[j + 1]!; f++) {
        const q = targets[f]!;
        if (q !== i && owner[q] === i) redundancy += pi[q]! * (weights[f]! / rowMax[j]!);
      }
      size += 1 - redundancy;
    }
    result[i] = size;
  }
  return result;
}
