import { undirectedView } from './graph.js';
import type { Graph } from './graph.js';

/**
 * Borgatti's fragmentation F = 1 − Σ_k s_k(s_k − 1) / (n(n − 1)) over the components s_k of the network left
 * after removing `removed` (n counts the remaining nodes): 0 when everyone can still reach everyone, 1 when
 * all are isolated. Borgatti (2006), "Identifying sets of key players in a social network", CMOT 12(1).
 */
export function fragmentation(g: Graph, removed: Uint8Array): number {
  return new FragmentationScorer(g).score(removed);
}

/** Reusable component counter: one BFS queue and stamp array for many evaluations. */
export class FragmentationScorer {
  private readonly offsets: Int32Array;
  private readonly targets: Int32Array;
  private readonly seen: Int32Array;
  private readonly queue: Int32Array;
  private stamp = 0;

  constructor(g: Graph) {
    const adj = undirectedView(g).out;
    this.offsets = adj.offsets;
    this.targets = adj.targets;
    this.seen = new Int32Array(g.nodeCount);
    this.queue = new Int32Array(g.nodeCount);
  }

  score(removed: Uint8Array): number {
    const n = this.seen.length;
    const { offsets, targets, seen, queue } = this;
    const stamp = ++this.stamp;
    let remaining = 0;
    let pairs = 0;
    for (let s = 0; s < n; s++) {
      if (removed[s] === 1) continue;
      remaining++;
      if (seen[s] === stamp) continue;
      seen[s] = stamp;
      queue[0] = s;
      let head = 0;
      let tail = 1;
      while (head < tail) {
        const v = queue[head++]!;
        for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
          const w = targets[e]!;
          if (seen[w] !== stamp && removed[w] !== 1) {
            seen[w] = stamp;
            queue[tail++] = w;
          }
        }
      }
      pairs += tail * (tail - 1);
    }
    return remaining < 2 ? 1 : 1 - pairs / (remaining * (remaining - 1));
  }
}
