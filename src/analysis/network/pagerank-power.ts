import type { Adjacency, Graph } from './graph.js';
import type { PageRankSolve } from './pagerank.js';

/**
 * PageRank by power iteration over the in-CSR: dangling nodes jump uniformly, the scores keep summing to 1.
 * Stops when a sweep changes the scores by less than `tolerance` in total; each sweep shrinks the distance to
 * the fixed point by a factor d at least, so the scores are then within d/(1−d)·tolerance of it (L1).
 */
export function powerIterationPagerank(g: Graph, solve: PageRankSolve): Float64Array {
  const { damping: d, strength, tolerance, maxIterations, isWeighted } = solve;
  const n = g.nodeCount;
  const { offsets, targets } = g.in;
  const share = arcShares(g.in, strength, isWeighted);
  const dangling = danglingNodes(strength);
  let x = new Float64Array(n).fill(1 / n);
  let next = new Float64Array(n);
  for (let it = 0; it < maxIterations; it++) {
    const cur = x;
    const nxt = next;
    let mass = 0;
    for (let i = 0; i < dangling.length; i++) mass += cur[dangling[i]!]!;
    const base = (1 - d + d * mass) / n;
    let change = 0;
    let e = offsets[0]!;
    for (let v = 0; v < n; v++) {
      const end = offsets[v + 1]!;
      let s = 0;
      for (; e < end; e++) s += cur[targets[e]!]! * share[e]!;
      const value = base + d * s;
      change += Math.abs(value - cur[v]!);
      nxt[v] = value;
    }
    x = nxt;
    next = cur;
    if (change < tolerance) break;
  }
  return x;
}

/** Each in-tie's share of its source's out-strength. */
function arcShares(inTies: Adjacency, strength: Float64Array, isWeighted: boolean): Float64Array {
  const { targets, weights } = inTies;
  const share = new Float64Array(targets.length);
  for (let e = 0; e < targets.length; e++) share[e] = (isWeighted ? weights[e]! : 1) / strength[targets[e]!]!;
  return share;
}

/** Nodes without outgoing ties, ascending: summing over them each sweep skips the n − k others. */
function danglingNodes(strength: Float64Array): Int32Array {
  let count = 0;
  for (let v = 0; v < strength.length; v++) if (strength[v] === 0) count++;
  const nodes = new Int32Array(count);
  for (let v = 0, i = 0; i < count; v++) if (strength[v] === 0) nodes[i++] = v;
  return nodes;
}
