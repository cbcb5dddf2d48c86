import { IndexedMinHeap } from './heap.js';
import type { Adjacency } from './graph.js';

/** Relative tolerance under which two weighted path lengths count as equal (igraph uses the same 1e-10). */
export const PATH_EPSILON = 1e-10;

/** Arc lengths for weighted path metrics: a tie seen `w` times is `1/w` long, so strong ties are short. */
export function inverseLengths(adj: Adjacency): Float64Array {
  const len = new Float64Array(adj.weights.length);
  for (let i = 0; i < len.length; i++) len[i] = 1 / adj.weights[i]!;
  return len;
}

/**
 * Reusable single-source shortest-path state. After `run(s)`, `order[0..reached)` lists the reached nodes by
 * non-decreasing distance, `dist` and `sigma` (number of shortest paths) are valid for them and `Infinity`/0
 * elsewhere. Only the reached entries are reset on the next run, so a full all-sources sweep is O(n·m).
 */
export class ShortestPaths {
  readonly dist: Float64Array;
  readonly sigma: Float64Array;
  readonly order: Int32Array;
  reached = 0;
  private readonly heap: IndexedMinHeap | null;

  constructor(
    readonly adj: Adjacency,
    /** Arc lengths aligned with `adj.targets`; `null` for hop counts (BFS). */
    readonly lengths: Float64Array | null,
  ) {
    const n = adj.offsets.length - 1;
    this.dist = new Float64Array(n).fill(Infinity);
    this.sigma = new Float64Array(n);
    this.order = new Int32Array(n);
    this.heap = lengths === null ? null : new IndexedMinHeap(n, this.dist);
  }

  /** Like `run` but without counting paths, for distance-only metrics (closeness). */
  runDistances(source: number): void {
    this.reset(source);
    if (this.lengths === null) this.bfsDistances(source);
    else this.dijkstra(source, this.lengths);
  }

  run(source: number): void {
    this.reset(source);
    if (this.lengths === null) this.bfs(source);
    else this.dijkstra(source, this.lengths);
  }

  private reset(source: number): void {
    for (let i = 0; i < this.reached; i++) {
      const v = this.order[i]!;
      this.dist[v] = Infinity;
      this.sigma[v] = 0;
    }
    this.dist[source] = 0;
    this.sigma[source] = 1;
  }

  private bfsDistances(source: number): void {
    const { offsets, targets } = this.adj;
    const { dist, order } = this;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        if (dist[w] === Infinity) {
          dist[w] = dv;
          order[tail++] = w;
        }
      }
    }
    this.reached = tail;
  }

  /** True when the arc at CSR position `e` from `v` lies on a shortest path from the last source. */
  isTight(v: number, e: number): boolean {
    const w = this.adj.targets[e]!;
    if (this.lengths === null) return this.dist[w] === this.dist[v]! + 1;
    return nearlyEqual(this.dist[v]! + this.lengths[e]!, this.dist[w]!);
  }

  private bfs(source: number): void {
    const { offsets, targets } = this.adj;
    const { dist, sigma, order } = this;
    order[0] = source;
    let head = 0;
    let tail = 1;
    while (head < tail) {
      const v = order[head++]!;
      const dv = dist[v]! + 1;
      const sv = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const dw = dist[w]!;
        if (dw === Infinity) {
          dist[w] = dv;
          sigma[w] = sv;
          order[tail++] = w;
        } else if (dw === dv) {
          sigma[w]! += sv;
        }
      }
    }
    this.reached = tail;
  }

  private dijkstra(source: number, lengths: Float64Array): void {
    const { offsets, targets } = this.adj;
    const { dist, sigma, order } = this;
    const heap = this.heap!;
    heap.push(source);
    let count = 0;
    while (!heap.isEmpty) {
      const v = heap.pop();
      order[count++] = v;
      const dvBase = dist[v]!;
      const sv = sigma[v]!;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const w = targets[e]!;
        const alt = dvBase + lengths[e]!;
        const dw = dist[w]!;
        if (dw === Infinity) {
          dist[w] = alt;
          sigma[w] = sv;
          heap.push(w);
        } else if (nearlyEqual(alt, dw)) {
          sigma[w]! += sv;
        } else if (alt < dw) {
          dist[w] = alt;
          sigma[w] = sv;
          heap.push(w);
        }
      }
    }
    this.reached = count;
  }
}

export function nearlyEqual(a: number, b: number): boolean {
  return Math.abs(a - b) <= PATH_EPSILON * Math.max(Math.abs(a), Math.abs(b));
}
