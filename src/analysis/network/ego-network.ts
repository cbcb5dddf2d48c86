import { adjacencyFor, arcsOf, nodeIndex } from './graph.js';
import type { EdgeInput, Graph, NeighbourMode } from './graph.js';

export interface EgoNetwork {
  /** Members within `radius` steps, the ego first, then by distance. */
  readonly nodes: readonly string[];
  readonly distance: ReadonlyMap<string, number>;
  /** Ties among the members, directions and summed weights kept. */
  readonly edges: readonly EdgeInput[];
}

/** The ego network of radius r: everyone within r steps of `ego` and all ties among them. */
export function egoNetwork(g: Graph, ego: string, radius: number, mode: NeighbourMode = 'all'): EgoNetwork {
  const adj = adjacencyFor(g, mode);
  const dist = new Int32Array(g.nodeCount).fill(-1);
  const start = nodeIndex(g, ego);
  const queue = [start];
  dist[start] = 0;
  for (let head = 0; head < queue.length; head++) {
    const v = queue[head]!;
    if (dist[v]! >= radius) continue;
    for (let e = adj.offsets[v]!; e < adj.offsets[v + 1]!; e++) {
      const w = adj.targets[e]!;
      if (dist[w] === -1) {
        dist[w] = dist[v]! + 1;
        queue.push(w);
      }
    }
  }
  const { src, dst } = arcsOf(g.out, g.nodeCount);
  const edges: EdgeInput[] = [];
  for (let e = 0; e < src.length; e++) {
    const s = src[e]!;
    const t = dst[e]!;
    if (dist[s] === -1 || dist[t] === -1 || (!g.directed && s > t)) continue;
    edges.push({ source: g.ids[s]!, target: g.ids[t]!, weight: g.out.weights[e]! });
  }
  return {
    nodes: queue.map((v) => g.ids[v]!),
    distance: new Map(queue.map((v) => [g.ids[v]!, dist[v]!])),
    edges,
  };
}
