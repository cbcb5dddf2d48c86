import { pathWorkspace } from './path-options.js';
import type { Graph } from './graph.js';
import type { PathOptions } from './path-options.js';
import type { ShortestPaths } from './single-source.js';

export interface BetweennessOptions {
  readonly weighted?: boolean;
  /** Ignore directions on a directed graph (igraph `directed=False`). */
  readonly ignoreDirection?: boolean;
  /** Divide by the number of ordered (directed) or unordered pairs not involving the node. */
  readonly normalized?: boolean;
}

/**
 * Exact betweenness by Brandes (2001), "A faster algorithm for betweenness centrality", J. Math. Sociol. 25(2).
 * Matches igraph `betweenness()`: on undirected graphs each pair counts once; not normalised by default.
 * Runs in O(n·m) unweighted and O(n·m·log n) weighted, with no allocation per source: the dependency pass
 * walks successors through the CSR instead of storing predecessor lists.
 */
export function betweenness(g: Graph, options: BetweennessOptions = {}): Float64Array {
  const sp = workspaceFor(g, options);
  const n = g.nodeCount;
  const result = new Float64Array(n);
  const delta = new Float64Array(n);
  const pull = new Float64Array(n);
  for (let s = 0; s < n; s++) {
    accumulateDependencies(sp, s, delta, pull);
    for (let i = 1; i < sp.reached; i++) {
      const v = sp.order[i]!;
      result[v]! += delta[v]!;
    }
  }
  return finish(g, options, result);
}

export function workspaceFor(g: Graph, options: BetweennessOptions): ShortestPaths {
  const pathOptions: PathOptions = {
    mode: options.ignoreDirection === true ? 'all' : 'out',
    ...(options.weighted === undefined ? {} : { weighted: options.weighted }),
  };
  return pathWorkspace(g, pathOptions);
}

/**
 * Runs one source and leaves its pair dependencies δ_s(v) in `delta` for the reached nodes. `pull` is scratch:
 * it holds (1 + δ(w)) / σ(w) once w is done, so the hot loop adds instead of dividing once per tight arc.
 */
export function accumulateDependencies(
  sp: ShortestPaths,
  s: number,
  delta: Float64Array,
  pull: Float64Array,
): void {
  sp.run(s);
  const { offsets, targets } = sp.adj;
  const { sigma, order, dist } = sp;
  const isHops = sp.lengths === null;
  for (let i = sp.reached - 1; i >= 0; i--) {
    const v = order[i]!;
    let d = 0;
    if (isHops) {
      // Inlined successor test for BFS: the hot loop of unweighted betweenness.
      const next = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w] === next) d += pull[w]!;
      }
    } else {
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        if (sp.isTight(v, e)) d += pull[targets[e]!]!;
      }
    }
    const sv = sigma[v]!;
    const dv = d * sv;
    delta[v] = dv;
    pull[v] = (1 + dv) / sv;
  }
}

/** Halves undirected scores (each pair was seen from both ends) and applies normalisation. */
export function finish(g: Graph, options: BetweennessOptions, result: Float64Array): Float64Array {
  const isUndirected = !g.directed || options.ignoreDirection === true;
  const n = g.nodeCount;
  let scale = isUndirected ? 0.5 : 1;
  if (options.normalized === true && n > 2) scale *= (isUndirected ? 2 : 1) / ((n - 1) * (n - 2));
  if (scale !== 1) for (let v = 0; v < n; v++) result[v]! *= scale;
  return result;
}
