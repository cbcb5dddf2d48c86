import { adjacencyFor, nodeIndex } from './graph.js';
import { IndexedMinHeap } from './heap.js';
import { inverseLengths } from './single-source.js';
import type { Adjacency, Graph } from './graph.js';
import type { PathOptions } from './path-options.js';

export interface Path {
  readonly nodes: readonly string[];
  /** Hops, or Σ 1/weight when weighted. */
  readonly length: number;
}

/** Exclusions for a path search (used by Yen's spur paths). */
export interface PathBans {
  readonly nodes?: Uint8Array;
  /** CSR arc positions that may not be used. */
  readonly arcs?: Uint8Array;
}

/** Arc lengths for the chosen options: 1 per hop or 1/weight. */
export function arcLengths(adj: Adjacency, options: PathOptions): Float64Array {
  return options.weighted === true ? inverseLengths(adj) : new Float64Array(adj.targets.length).fill(1);
}

/**
 * Dijkstra from `s` to `t` over int nodes, lowest index first on ties so results are deterministic.
 * Returns the node sequence and its length, or null when `t` is unreachable.
 */
export function searchPath(
  adj: Adjacency,
  lengths: Float64Array,
  s: number,
  t: number,
  bans: PathBans = {},
): { nodes: number[]; length: number } | null {
  const n = adj.offsets.length - 1;
  const dist = new Float64Array(n).fill(Infinity);
  const pred = new Int32Array(n).fill(-1);
  const heap = new IndexedMinHeap(n, dist);
  dist[s] = 0;
  heap.push(s);
  while (!heap.isEmpty) {
    const v = heap.pop();
    if (v === t) break;
    for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) {
      const w = adj.targets[e]!;
      if (bans.arcs?.[e] === 1 || bans.nodes?.[w] === 1) continue;
      const alt = dist[v]! + lengths[e]!;
      if (alt < dist[w]!) {
        dist[w] = alt;
        pred[w] = v;
        heap.push(w);
      }
    }
  }
  if (dist[t] === Infinity) return null;
  const nodes: number[] = [];
  for (let v = t; v !== -1; v = pred[v]!) nodes.push(v);
  return { nodes: nodes.reverse(), length: dist[t]! };
}

/** One shortest path between two named nodes, or null if none; see `PathOptions` for weights/direction. */
export function shortestPath(g: Graph, from: string, to: string, options: PathOptions = {}): Path | null {
  const adj = adjacencyFor(g, options.mode ?? 'out');
  const found = searchPath(adj, arcLengths(adj, options), nodeIndex(g, from), nodeIndex(g, to));
  return found === null ? null : { nodes: found.nodes.map((v) => g.ids[v]!), length: found.length };
}
