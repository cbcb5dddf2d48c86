import { adjacencyFor, nodeIndex } from './graph.js';
import { arcLengths, searchPath } from './shortest-path.js';
import type { Adjacency, Graph } from './graph.js';
import type { PathOptions } from './path-options.js';
import type { Path } from './shortest-path.js';

interface IntPath {
  readonly nodes: number[];
  readonly length: number;
}

/**
 * The k shortest loopless paths, shortest first, by Yen (1971), "Finding the k shortest loopless paths in a
 * network", Management Science 17(11). Shows analysts the alternative routes between two subjects.
 */
export function kShortestPaths(
  g: Graph,
  from: string,
  to: string,
  k: number,
  options: PathOptions = {},
): Path[] {
  const adj = adjacencyFor(g, options.mode ?? 'out');
  const lengths = arcLengths(adj, options);
  const s = nodeIndex(g, from);
  const t = nodeIndex(g, to);
  const first = searchPath(adj, lengths, s, t);
  if (first === null || k < 1) return [];
  const accepted: IntPath[] = [first];
  const candidates: IntPath[] = [];
  const seen = new Set<string>([first.nodes.join(',')]);
  const n = g.nodeCount;
  while (accepted.length < k) {
    const last = accepted[accepted.length - 1]!;
    for (let i = 0; i < last.nodes.length - 1; i++) {
      const root = last.nodes.slice(0, i + 1);
      const spurNode = root[i]!;
      const bannedArcs = new Uint8Array(adj.targets.length);
      for (const p of accepted) {
        if (p.nodes.length > i + 1 && sharesRoot(p.nodes, root)) {
          const e = arcIndex(adj, spurNode, p.nodes[i + 1]!);
          if (e >= 0) bannedArcs[e] = 1;
        }
      }
      const bannedNodes = new Uint8Array(n);
      for (let j = 0; j < i; j++) bannedNodes[root[j]!] = 1;
      const spur = searchPath(adj, lengths, spurNode, t, { nodes: bannedNodes, arcs: bannedArcs });
      if (spur === null) continue;
      const nodes = [...root.slice(0, -1), ...spur.nodes];
      const key = nodes.join(',');
      if (seen.has(key)) continue;
      seen.add(key);
      candidates.push({ nodes, length: pathLength(adj, lengths, nodes) });
    }
    if (candidates.length === 0) break;
    candidates.sort((a, b) => a.length - b.length || a.nodes.length - b.nodes.length);
    accepted.push(candidates.shift()!);
  }
  return accepted.map((p) => ({ nodes: p.nodes.map((v) => g.ids[v]!), length: p.length }));
}

function sharesRoot(nodes: readonly number[], root: readonly number[]): boolean {
  for (let j = 0; j < root.length; j++) if (nodes[j] !== root[j]) return false;
  return true;
}

/** CSR position of arc u→v by binary search (rows are sorted), or −1. */
export function arcIndex(adj: Adjacency, u: number, v: number): number {
  let lo = adj.offsets[u]!;
  let hi = adj.offsets[u + 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const x = adj.targets[mid]!;
    if (x === v) return mid;
    if (x < v) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

function pathLength(adj: Adjacency, lengths: Float64Array, nodes: readonly number[]): number {
  let total = 0;
  for (let i = 0; i + 1 < nodes.length; i++) total += lengths[arcIndex(adj, nodes[i]!, nodes[i + 1]!)]!;
  return total;
}
