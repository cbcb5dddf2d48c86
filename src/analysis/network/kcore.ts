import { undirectedView } from './graph.js';
import type { Graph } from './graph.js';

/**
 * Coreness of every node: the largest k such that the node belongs to a subgraph where every node has at least
 * k distinct contacts. Direction and weight are ignored (igraph `coreness()` on the collapsed undirected graph).
 * Batagelj & Zaversnik (2003), "An O(m) algorithm for cores decomposition of networks", arXiv cs/0310049.
 */
export function coreness(g: Graph): Int32Array {
  const { offsets, targets } = undirectedView(g).out;
  const n = g.nodeCount;
  const deg = new Int32Array(n);
  let maxDeg = 0;
  for (let v = 0; v < n; v++) {
    deg[v] = offsets[v + 1]! - offsets[v]!;
    if (deg[v]! > maxDeg) maxDeg = deg[v]!;
  }
  const bin = new Int32Array(maxDeg + 1);
  for (let v = 0; v < n; v++) bin[deg[v]!]!++;
  let start = 0;
  for (let d = 0; d <= maxDeg; d++) {
    const count = bin[d]!;
    bin[d] = start;
    start += count;
  }
  const vert = new Int32Array(n);
  const pos = new Int32Array(n);
  for (let v = 0; v < n; v++) {
    pos[v] = bin[deg[v]!]!;
    vert[pos[v]!] = v;
    bin[deg[v]!]!++;
  }
  for (let d = maxDeg; d > 0; d--) bin[d] = bin[d - 1]!;
  bin[0] = 0;
  for (let i = 0; i < n; i++) {
    const v = vert[i]!;
    for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
      const u = targets[e]!;
      const du = deg[u]!;
      if (du > deg[v]!) {
        const pu = pos[u]!;
        const pw = bin[du]!;
        const w = vert[pw]!;
        if (u !== w) {
          pos[u] = pw;
          vert[pu] = w;
          pos[w] = pu;
          vert[pw] = u;
        }
        bin[du]!++;
        deg[u] = du - 1;
      }
    }
  }
  return deg;
}
