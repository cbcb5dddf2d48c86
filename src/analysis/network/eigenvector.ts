import type { Graph } from './graph.js';

export interface EigenvectorOptions {
  readonly weighted?: boolean;
  readonly tolerance?: number;
  readonly maxIterations?: number;
}

/**
 * Eigenvector centrality (Bonacich 1972), scaled so the maximum is 1 as igraph `eigenvector_centrality
 * (scale=True)` does. Directed graphs use in-ties: one is central when central nodes contact one.
 * Power iteration on A + I (same eigenvectors, but no oscillation on bipartite graphs), started from degree
 * like igraph. All zeros when the leading eigenvalue is 0 (e.g. a directed acyclic graph), as igraph returns.
 */
export function eigenvectorCentrality(g: Graph, options: EigenvectorOptions = {}): Float64Array {
  const n = g.nodeCount;
  const { offsets, targets, weights } = g.in;
  const isWeighted = options.weighted === true;
  let x = new Float64Array(n);
  for (let v = 0; v < n; v++) x[v] = offsets[v + 1]! - offsets[v]! + 1;
  if (targets.length === 0) return x.fill(1);
  let next = new Float64Array(n);
  const tolerance = options.tolerance ?? 1e-13;
  const maxIterations = options.maxIterations ?? 100_000;
  let lambda = 0;
  for (let it = 0; it < maxIterations; it++) {
    let max = 0;
    for (let v = 0; v < n; v++) {
      let s = x[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        s += x[targets[e]!]! * (isWeighted ? weights[e]! : 1);
      }
      next[v] = s;
      if (s > max) max = s;
    }
    let change = 0;
    for (let v = 0; v < n; v++) {
      const val = next[v]! / max;
      change = Math.max(change, Math.abs(val - x[v]!));
      next[v] = val;
    }
    [x, next] = [next, x];
    lambda = max - 1;
    if (change < tolerance) break;
  }
  if (lambda < 1e-9) x.fill(0);
  return x;
}
