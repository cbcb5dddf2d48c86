import { adjacencyFor } from './graph.js';
import { ShortestPaths, inverseLengths } from './single-source.js';
import type { Graph, NeighbourMode } from './graph.js';

/**
 * Options shared by path-based metrics. Unweighted (hop counts) by default; `weighted: true` makes a tie of
 * weight w cost 1/w, so frequent contacts are close. Pass igraph `weights = 1/w` to reproduce the values.
 */
export interface PathOptions {
  readonly weighted?: boolean;
  /** Follow arcs out of (default), into, or regardless of direction; ignored for undirected graphs. */
  readonly mode?: NeighbourMode;
}

/** A shortest-path workspace over the adjacency the options select. */
export function pathWorkspace(g: Graph, options: PathOptions): ShortestPaths {
  const adj = adjacencyFor(g, options.mode ?? 'out');
  return new ShortestPaths(adj, options.weighted === true ? inverseLengths(adj) : null);
}
