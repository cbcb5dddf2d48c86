import { pathWorkspace } from './path-options.js';
import type { Graph } from './graph.js';
import type { PathOptions } from './path-options.js';

/**
 * Closeness as igraph ≥ 0.10 defines it (`normalized=True`): (r − 1) / Σ d(v, u) over the r nodes reachable
 * from v (v included), so disconnected graphs still rank. NaN for a node that reaches nobody.
 */
export function closeness(g: Graph, options: PathOptions = {}): Float64Array {
  const sp = pathWorkspace(g, options);
  const result = new Float64Array(g.nodeCount);
  for (let s = 0; s < g.nodeCount; s++) {
    sp.runDistances(s);
    let total = 0;
    for (let i = 1; i < sp.reached; i++) total += sp.dist[sp.order[i]!]!;
    result[s] = sp.reached > 1 ? (sp.reached - 1) / total : NaN;
  }
  return result;
}

/**
 * Harmonic centrality (Marchiori & Latora 2000; Boldi & Vigna 2014): Σ 1/d(v, u) / (n − 1), igraph
 * `harmonic_centrality(normalized=True)`. Unreachable nodes contribute 0, so it suits fragmented networks.
 */
export function harmonicCloseness(g: Graph, options: PathOptions = {}): Float64Array {
  const sp = pathWorkspace(g, options);
  const n = g.nodeCount;
  const result = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    sp.runDistances(s);
    let total = 0;
    for (let i = 1; i < sp.reached; i++) total += 1 / sp.dist[sp.order[i]!]!;
    result[s] = n > 1 ? total / (n - 1) : NaN;
  }
  return result;
}
