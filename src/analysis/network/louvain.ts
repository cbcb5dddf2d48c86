import { buildAdjacency, undirectedView } from './graph.js';
import { modularity } from './modularity.js';
import { seededRandom } from '../../model/index.js';
import { shuffledRange } from './random.js';
import type { Adjacency, Graph } from './graph.js';

export interface LouvainOptions {
  /** Seed of the node visiting order; the same seed gives the same partition. */
  readonly seed?: number;
  readonly resolution?: number;
  /** Use tie weights (default true). */
  readonly weighted?: boolean;
}

export interface Communities {
  /** Community of every node, numbered 0.. by first appearance. */
  readonly membership: Int32Array;
  readonly count: number;
  readonly modularity: number;
  readonly levels: number;
}

const MIN_GAIN = 1e-12;
const MAX_PASSES = 1000;
const MIN_PASS_GAIN = 1e-7;

/**
 * Louvain community detection: Blondel, Guillaume, Lambiotte & Lefebvre (2008), "Fast unfolding of
 * communities in large networks", J. Stat. Mech. P10008. Runs on the undirected view (igraph
 * `community_multilevel` refuses directed graphs); node order is shuffled from `seed`, so results are
 * reproducible. Each level's graph is a symmetric CSR whose diagonal holds twice the internal weight.
 */
export function louvain(g: Graph, options: LouvainOptions = {}): Communities {
  const base = undirectedView(g).out;
  const isWeighted = options.weighted ?? true;
  const gamma = options.resolution ?? 1;
  const random = seededRandom(options.seed ?? 1);
  let level: Adjacency = isWeighted
    ? base
    : { ...base, weights: new Float64Array(base.weights.length).fill(1) };
  const membership = new Int32Array(g.nodeCount);
  for (let v = 0; v < membership.length; v++) membership[v] = v;
  let levels = 0;
  for (;;) {
    const n = level.offsets.length - 1;
    const { comm, count, hasMoved } = moveNodes(level, gamma, random);
    if (!hasMoved || count === n) break;
    levels++;
    for (let v = 0; v < membership.length; v++) membership[v] = comm[membership[v]!]!;
    level = aggregate(level, comm, count);
  }
  const renumbered = renumber(membership, membership.length).comm;
  const count = renumbered.reduce((a, c) => Math.max(a, c + 1), 0);
  const q = modularity(g, renumbered, { weighted: isWeighted, resolution: gamma });
  return { membership: renumbered, count, modularity: q, levels };
}

/** Phase one: move single nodes to the neighbouring community with the best modularity gain until stable. */
function moveNodes(adj: Adjacency, gamma: number, random: () => number) {
  const { offsets, targets, weights } = adj;
  const n = offsets.length - 1;
  const k = new Float64Array(n);
  let m2 = 0;
  for (let v = 0; v < n; v++) {
    let s = 0;
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) s += weights[e]!;
    k[v] = s;
    m2 += s;
  }
  const comm = new Int32Array(n);
  const tot = new Float64Array(n);
  for (let v = 0; v < n; v++) {
    comm[v] = v;
    tot[v] = k[v]!;
  }
  const neighWeight = new Float64Array(n).fill(-1);
  const neighComms = new Int32Array(n);
  const order = shuffledRange(n, random);
  let hasMoved = false;
  for (let pass = 0; pass < MAX_PASSES && m2 > 0; pass++) {
    let moves = 0;
    let passGain = 0;
    for (let idx = 0; idx < n; idx++) {
      const v = order[idx]!;
      const own = comm[v]!;
      const kv = k[v]!;
      let count = 0;
      neighWeight[own] = 0;
      neighComms[count++] = own;
      for (let e = offsets[v]!, end = offsets[v + 1]!; e < end; e++) {
        const u = targets[e]!;
        if (u === v) continue;
        const c = comm[u]!;
        if (neighWeight[c]! < 0) {
          neighWeight[c] = 0;
          neighComms[count++] = c;
        }
        neighWeight[c]! += weights[e]!;
      }
      tot[own]! -= kv;
      const scale = (gamma * kv) / m2;
      let best = own;
      const ownGain = neighWeight[own]! - scale * tot[own]!;
      let bestGain = ownGain;
      for (let i = 1; i < count; i++) {
        const c = neighComms[i]!;
        const gain = neighWeight[c]! - scale * tot[c]!;
        if (gain > bestGain + MIN_GAIN) {
          best = c;
          bestGain = gain;
        }
      }
      for (let i = 0; i < count; i++) neighWeight[neighComms[i]!] = -1;
      tot[best]! += kv;
      if (best !== own) {
        passGain += bestGain - ownGain;
        comm[v] = best;
        moves++;
      }
    }
    if (moves === 0) break;
    hasMoved = true;
    // Late passes shuffle a few nodes for gains of ~1e-9 in Q; like igraph, stop once a pass gains too little.
    if ((2 * passGain) / m2 < MIN_PASS_GAIN) break;
  }
  return { ...renumber(comm, n), hasMoved };
}

function renumber(comm: Int32Array, n: number): { comm: Int32Array; count: number } {
  const map = new Int32Array(n).fill(-1);
  const out = new Int32Array(comm.length);
  let count = 0;
  for (let v = 0; v < comm.length; v++) {
    const c = comm[v]!;
    if (map[c]! < 0) map[c] = count++;
    out[v] = map[c]!;
  }
  return { comm: out, count };
}

/** Phase two: one node per community; arc weights summed, internal arcs landing on the diagonal. */
function aggregate(adj: Adjacency, comm: Int32Array, count: number): Adjacency {
  const { offsets, targets, weights } = adj;
  const n = offsets.length - 1;
  const src = new Int32Array(targets.length);
  const dst = new Int32Array(targets.length);
  for (let v = 0; v < n; v++) {
    for (let e = offsets[v]!; e < offsets[v + 1]!; e++) {
      src[e] = comm[v]!;
      dst[e] = comm[targets[e]!]!;
    }
  }
  return buildAdjacency(count, src, dst, weights);
}
