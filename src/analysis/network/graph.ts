import { SkeinError } from '../../model/index.js';

/**
 * One observed tie as the case store or a researcher's file delivers it. Pairs may repeat: the builder sums them.
 * `weight` wins over `count`; with neither the tie weighs 1.
 */
export interface EdgeInput {
  readonly source: string;
  readonly target: string;
  readonly weight?: number;
  readonly count?: number;
  readonly duration?: number;
  readonly kind?: string;
}

/** Which input field becomes the arc weight. */
export type WeightField = 'weight' | 'count' | 'duration' | 'none';

export interface BuildGraphOptions {
  readonly directed: boolean;
  /** Nodes to include even without ties (isolates), in this order before any new id from the edges. */
  readonly nodes?: readonly string[];
  readonly weightBy?: WeightField;
}

/** Compressed sparse rows: the neighbours of node `v` are `targets[offsets[v] .. offsets[v+1])`, sorted. */
export interface Adjacency {
  readonly offsets: Int32Array;
  readonly targets: Int32Array;
  readonly weights: Float64Array;
}

/**
 * An immutable graph over dense int node indices. Parallel ties are merged (weights summed) and self-loops
 * dropped: a call to oneself says nothing about who holds a network together.
 * For an undirected graph `in === out` and each tie is stored in both rows.
 */
export interface Graph {
  readonly directed: boolean;
  readonly nodeCount: number;
  /** Number of distinct ties: arcs if directed, unordered pairs if not. */
  readonly edgeCount: number;
  readonly ids: readonly string[];
  readonly indexOf: ReadonlyMap<string, number>;
  readonly out: Adjacency;
  readonly in: Adjacency;
}

/** Which neighbours a walk may follow on a directed graph; `all` ignores direction. */
export type NeighbourMode = 'out' | 'in' | 'all';

function weightOf(e: EdgeInput, by: WeightField, row: number): number {
  const raw = by === 'none' ? 1 : by === 'weight' ? (e.weight ?? e.count ?? 1) : (e[by] ?? 1);
  if (!Number.isFinite(raw) || raw < 0) {
    throw new SkeinError(
      'NETWORK_BAD_WEIGHT',
      `edge ${row}: weight must be a finite number >= 0, got ${raw}`,
      {
        row,
        field: by,
      },
    );
  }
  return raw;
}

/**
 * Builds CSR rows from arcs by a two-pass counting sort (by target, then stably by source), so rows come out
 * sorted and duplicates adjacent: O(n + m), no per-node allocation.
 */
export function buildAdjacency(n: number, src: Int32Array, dst: Int32Array, w: Float64Array): Adjacency {
  const m = src.length;
  const byTarget = countingOrder(n, dst, null);
  const order = countingOrder(n, src, byTarget);
  const offsets = new Int32Array(n + 1);
  const targets = new Int32Array(m);
  const weights = new Float64Array(m);
  let k = 0;
  let prevS = -1;
  let prevT = -1;
  for (let i = 0; i < m; i++) {
    const a = order[i]!;
    const s = src[a]!;
    const t = dst[a]!;
    if (s === prevS && t === prevT) {
      weights[k - 1]! += w[a]!;
      continue;
    }
    targets[k] = t;
    weights[k] = w[a]!;
    offsets[s + 1]!++;
    k++;
    prevS = s;
    prevT = t;
  }
  for (let v = 0; v < n; v++) offsets[v + 1]! += offsets[v]!;
  return { offsets, targets: targets.slice(0, k), weights: weights.slice(0, k) };
}

function countingOrder(n: number, key: Int32Array, within: Int32Array | null): Int32Array {
  const m = key.length;
  const start = new Int32Array(n + 1);
  for (let i = 0; i < m; i++) start[key[i]! + 1]!++;
  for (let v = 0; v < n; v++) start[v + 1]! += start[v]!;
  const out = new Int32Array(m);
  for (let i = 0; i < m; i++) {
    const a = within === null ? i : within[i]!;
    out[start[key[a]!]!++] = a;
  }
  return out;
}

/** Builds a graph from an edge list. Throws `NETWORK_BAD_WEIGHT` on a negative or non-numeric weight. */
export function buildGraph(edges: readonly EdgeInput[], options: BuildGraphOptions): Graph {
  const by = options.weightBy ?? 'weight';
  const ids: string[] = [];
  const indexOf = new Map<string, number>();
  const intern = (id: string): number => {
    let i = indexOf.get(id);
    if (i === undefined) {
      i = ids.length;
      ids.push(id);
      indexOf.set(id, i);
    }
    return i;
  };
  for (const id of options.nodes ?? []) intern(id);
  const srcs: number[] = [];
  const dsts: number[] = [];
  const ws: number[] = [];
  edges.forEach((e, row) => {
    const w = weightOf(e, by, row);
    const s = intern(e.source);
    const t = intern(e.target);
    if (s === t || w === 0) return;
    srcs.push(s);
    dsts.push(t);
    ws.push(w);
  });
  return fromArcs(ids, indexOf, options.directed, Int32Array.from(srcs), Int32Array.from(dsts), ws);
}

/** Assembles a graph from int arcs; for undirected graphs each arc is mirrored. */
export function fromArcs(
  ids: readonly string[],
  indexOf: ReadonlyMap<string, number>,
  directed: boolean,
  src: Int32Array,
  dst: Int32Array,
  w: ArrayLike<number>,
): Graph {
  const n = ids.length;
  const weights = Float64Array.from(w);
  if (directed) {
    const out = buildAdjacency(n, src, dst, weights);
    const inn = buildAdjacency(n, dst, src, weights);
    return { directed, nodeCount: n, edgeCount: out.targets.length, ids, indexOf, out, in: inn };
  }
  const m = src.length;
  const s2 = new Int32Array(2 * m);
  const d2 = new Int32Array(2 * m);
  const w2 = new Float64Array(2 * m);
  s2.set(src);
  s2.set(dst, m);
  d2.set(dst);
  d2.set(src, m);
  w2.set(weights);
  w2.set(weights, m);
  const adj = buildAdjacency(n, s2, d2, w2);
  return { directed, nodeCount: n, edgeCount: adj.targets.length / 2, ids, indexOf, out: adj, in: adj };
}

const undirectedCache = new WeakMap<Graph, Graph>();

/** The graph with directions dropped; the weights of a->b and b->a are summed. Cached per graph. */
export function undirectedView(g: Graph): Graph {
  if (!g.directed) return g;
  const cached = undirectedCache.get(g);
  if (cached) return cached;
  const { src, dst } = arcsOf(g.out, g.nodeCount);
  const view = fromArcs(g.ids, g.indexOf, false, src, dst, g.out.weights);
  undirectedCache.set(g, view);
  return view;
}

/** The arcs of an adjacency as parallel source/target arrays. */
export function arcsOf(adj: Adjacency, n: number): { src: Int32Array; dst: Int32Array } {
  const src = new Int32Array(adj.targets.length);
  for (let v = 0; v < n; v++) src.fill(v, adj.offsets[v]!, adj.offsets[v + 1]!);
  return { src, dst: adj.targets };
}

/** The adjacency a walk in `mode` follows. */
export function adjacencyFor(g: Graph, mode: NeighbourMode): Adjacency {
  if (!g.directed) return g.out;
  if (mode === 'out') return g.out;
  if (mode === 'in') return g.in;
  return undirectedView(g).out;
}

/** Node index of `id`; throws `NETWORK_UNKNOWN_NODE` for an id the graph does not hold. */
export function nodeIndex(g: Graph, id: string): number {
  const i = g.indexOf.get(id);
  if (i === undefined)
    throw new SkeinError('NETWORK_UNKNOWN_NODE', `no node "${id}" in the network`, { input: id });
  return i;
}
