/**
 * From-scratch reference implementations for oracle tests: dense matrices and exhaustive enumeration, written
 * for obviousness rather than speed. Only for graphs of a handful of nodes.
 */
import { buildGraph } from '../graph.js';
import type { EdgeInput, Graph } from '../graph.js';

export interface SmallGraph {
  readonly n: number;
  readonly directed: boolean;
  readonly edges: readonly [number, number, number][];
}

export function toGraph(s: SmallGraph): Graph {
  const edges: EdgeInput[] = s.edges.map(([a, b, w]) => ({ source: `v${a}`, target: `v${b}`, weight: w }));
  return buildGraph(edges, { directed: s.directed, nodes: Array.from({ length: s.n }, (_, i) => `v${i}`) });
}

/** Dense weight matrix after merging parallel ties and dropping loops; symmetric when undirected. */
export function denseWeights(s: SmallGraph): number[][] {
  const a = Array.from({ length: s.n }, () => new Array<number>(s.n).fill(0));
  for (const [u, v, w] of s.edges) {
    if (u === v) continue;
    a[u]![v]! += w;
    if (!s.directed) a[v]![u]! += w;
  }
  return a;
}

const close = (x: number, y: number): boolean =>
  Math.abs(x - y) <= 1e-9 * Math.max(1, Math.abs(x), Math.abs(y));

/** Every simple path s→t with its length (hops or Σ 1/w), by depth-first enumeration. */
export function allSimplePaths(a: number[][], s: number, t: number, weighted: boolean): [number[], number][] {
  const out: [number[], number][] = [];
  const walk = (path: number[], len: number): void => {
    const v = path[path.length - 1]!;
    if (v === t) {
      out.push([[...path], len]);
      return;
    }
    a[v]!.forEach((w, u) => {
      if (w > 0 && !path.includes(u)) walk([...path, u], len + (weighted ? 1 / w : 1));
    });
  };
  walk([s], 0);
  return out;
}

/** Betweenness by enumerating all shortest paths of every ordered pair; halved when undirected. */
export function naiveBetweenness(a: number[][], directed: boolean, weighted: boolean): number[] {
  const n = a.length;
  const bc = new Array<number>(n).fill(0);
  for (let s = 0; s < n; s++) {
    for (let t = 0; t < n; t++) {
      if (s === t) continue;
      const paths = allSimplePaths(a, s, t, weighted);
      if (paths.length === 0) continue;
      const best = Math.min(...paths.map((p) => p[1]));
      const shortest = paths.filter((p) => close(p[1], best));
      for (const [p] of shortest) for (const v of p.slice(1, -1)) bc[v]! += 1 / shortest.length;
    }
  }
  return directed ? bc : bc.map((x) => x / 2);
}

/** Floyd–Warshall distances. */
export function floydWarshall(a: number[][], weighted: boolean): number[][] {
  const n = a.length;
  const d = a.map((row, i) => row.map((w, j) => (i === j ? 0 : w > 0 ? (weighted ? 1 / w : 1) : Infinity)));
  for (let k = 0; k < n; k++)
    for (let i = 0; i < n; i++)
      for (let j = 0; j < n; j++) d[i]![j] = Math.min(d[i]![j]!, d[i]![k]! + d[k]![j]!);
  return d;
}

export function naiveCloseness(d: number[][]): number[] {
  return d.map((row, i) => {
    const reach = row.filter((x, j) => j !== i && x < Infinity);
    return reach.length === 0 ? NaN : reach.length / reach.reduce((p, x) => p + x, 0);
  });
}

export function naiveHarmonic(d: number[][]): number[] {
  const n = d.length;
  return d.map((row, i) => row.reduce((p, x, j) => (j === i || x === Infinity ? p : p + 1 / x), 0) / (n - 1));
}

/** PageRank by iterating the dense Google matrix. */
export function naivePagerank(a: number[][], damping: number): number[] {
  const n = a.length;
  let x = new Array<number>(n).fill(1 / n);
  for (let it = 0; it < 3000; it++) {
    const next = new Array<number>(n).fill((1 - damping) / n);
    a.forEach((row, u) => {
      const out = row.reduce((p, w) => p + w, 0);
      row.forEach((w, v) => {
        next[v]! += out === 0 ? (damping * x[u]!) / n : (damping * x[u]! * w) / out;
      });
    });
    x = next;
  }
  return x;
}

/** Coreness by repeated peeling for every k. */
export function naiveCoreness(a: number[][]): number[] {
  const n = a.length;
  const adj = a.map((row, i) => row.map((w, j) => w > 0 || a[j]![i]! > 0));
  const core = new Array<number>(n).fill(0);
  for (let k = 1; k <= n; k++) {
    const alive = new Array<boolean>(n).fill(true);
    for (let changed = true; changed;) {
      changed = false;
      for (let v = 0; v < n; v++) {
        if (!alive[v]) continue;
        const deg = adj[v]!.filter((x, u) => x && alive[u] && u !== v).length;
        if (deg < k) {
          alive[v] = false;
          changed = true;
        }
      }
    }
    alive.forEach((x, v) => {
      if (x) core[v] = k;
    });
  }
  return core;
}

/** Burt's constraint from the dense definition with p_ij = (a_ij + a_ji) / Σ_k (a_ik + a_ki). */
export function naiveConstraint(a: number[][]): number[] {
  const n = a.length;
  const s = a.map((row, i) => row.map((w, j) => (i === j ? 0 : w + a[j]![i]!)));
  const p = s.map((row) => {
    const total = row.reduce((x, y) => x + y, 0);
    return row.map((w) => (total === 0 ? 0 : w / total));
  });
  return s.map((row, i) => {
    if (row.every((w) => w === 0)) return NaN;
    let c = 0;
    for (let j = 0; j < n; j++) {
      if (row[j] === 0) continue;
      let indirect = 0;
      for (let q = 0; q < n; q++) if (q !== i && q !== j) indirect += p[i]![q]! * p[q]![j]!;
      c += (p[i]![j]! + indirect) ** 2;
    }
    return c;
  });
}

/** Fragmentation from reachability of the graph with `removed` deleted. */
export function naiveFragmentation(a: number[][], removed: readonly number[]): number {
  const keep = a.map((_, i) => i).filter((i) => !removed.includes(i));
  const sym = keep.map((i) => keep.map((j) => (a[i]![j]! > 0 || a[j]![i]! > 0 ? 1 : 0)));
  const d = floydWarshall(sym, false);
  const m = keep.length;
  if (m < 2) return 1;
  let reachable = 0;
  for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j && d[i]![j]! < Infinity) reachable++;
  return 1 - reachable / (m * (m - 1));
}

/** Best fragmentation over all k-subsets. */
export function bruteForceKeyPlayers(a: number[][], k: number): number {
  let best = -Infinity;
  const choose = (start: number, set: number[]): void => {
    if (set.length === k) {
      best = Math.max(best, naiveFragmentation(a, set));
      return;
    }
    for (let v = start; v < a.length; v++) choose(v + 1, [...set, v]);
  };
  choose(0, []);
  return best;
}

/** Modularity straight from Newman's definition on the symmetrised dense matrix. */
export function naiveModularity(a: number[][], membership: ArrayLike<number>): number {
  const n = a.length;
  const s = a.map((row, i) => row.map((w, j) => w + a[j]![i]!));
  const k = s.map((row) => row.reduce((x, y) => x + y, 0));
  const m2 = k.reduce((x, y) => x + y, 0);
  let q = 0;
  for (let i = 0; i < n; i++)
    for (let j = 0; j < n; j++) if (membership[i] === membership[j]) q += s[i]![j]! - (k[i]! * k[j]!) / m2;
  return q / m2;
}
