import type { Graph } from './graph.js';

export interface PageRankOptions {
  /** Probability of following a tie rather than jumping; 0.85 as in Brin & Page (1998) and igraph. */
  readonly damping?: number;
  /** Use tie weights as transition preferences (igraph `weights=`). Default true. */
  readonly weighted?: boolean;
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/**
 * PageRank (Brin & Page 1998) by power iteration over the in-CSR, matching igraph's PRPACK result: dangling
 * nodes jump uniformly, scores sum to 1, undirected ties walk both ways. Stops when a sweep changes the scores
 * by less than `tolerance` in total (default 1e-9): on the generated 5k and 50k graphs the scores are then within
 * 1e-11 of fully converged ones, five orders under the 1e-6 agreement with igraph we test, and a fifth of the
 * sweeps of a 1e-11 stop are saved.
 */
export function pagerank(g: Graph, options: PageRankOptions = {}): Float64Array {
  const n = g.nodeCount;
  if (n === 0) return new Float64Array(0);
  const d = options.damping ?? 0.85;
  const isWeighted = options.weighted ?? true;
  const { offsets, targets, weights } = g.in;
  const outSum = new Float64Array(n);
  const outOffsets = g.out.offsets;
  const outWeights = g.out.weights;
  for (let v = 0; v < n; v++) {
    const from = outOffsets[v]!;
    const to = outOffsets[v + 1]!;
    if (!isWeighted) outSum[v] = to - from;
    else {
      let s = 0;
      for (let e = from; e < to; e++) s += outWeights[e]!;
      outSum[v] = s;
    }
  }
  const dangling = danglingNodes(outSum);
  const coef = new Float64Array(targets.length);
  for (let e = 0; e < targets.length; e++) coef[e] = (isWeighted ? weights[e]! : 1) / outSum[targets[e]!]!;
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  const tolerance = options.tolerance ?? 1e-9;
  const maxIterations = options.maxIterations ?? 10_000;
  for (let it = 0; it < maxIterations; it++) {
    const cur = x;
    const nxt = next;
    let danglingMass = 0;
    for (let i = 0; i < dangling.length; i++) danglingMass += cur[dangling[i]!]!;
    const base = (1 - d) / n + (d * danglingMass) / n;
    let change = 0;
    let e = offsets[0]!;
    for (let v = 0; v < n; v++) {
      const end = offsets[v + 1]!;
      let s = 0;
      for (; e < end; e++) s += cur[targets[e]!]! * coef[e]!;
      const val = base + d * s;
      change += Math.abs(val - cur[v]!);
      nxt[v] = val;
    }
    x = nxt;
    next = cur;
    if (change < tolerance) break;
  }
  let total = 0;
  for (let v = 0; v < n; v++) total += x[v]!;
  for (let v = 0; v < n; v++) x[v]! /= total;
  return x;
}

/** Nodes without outgoing ties, ascending: summing over them each sweep skips the n − k others. */
function danglingNodes(outSum: Float64Array): Int32Array {
  let count = 0;
  for (let v = 0; v < outSum.length; v++) if (outSum[v] === 0) count++;
  const nodes = new Int32Array(count);
  for (let v = 0, i = 0; v < outSum.length; v++) if (outSum[v] === 0) nodes[i++] = v;
  return nodes;
}
