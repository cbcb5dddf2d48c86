import { accumulateDependencies, finish, workspaceFor } from './betweenness.js';
import { seededRandom } from '../../model/index.js';
import type { BetweennessOptions } from './betweenness.js';
import type { Graph } from './graph.js';

export interface SampledBetweennessOptions extends BetweennessOptions {
  /** Number of pivot sources, drawn without replacement. */
  readonly pivots: number;
  readonly seed?: number;
}

export interface SampledBetweenness {
  /** Unbiased estimate of exact betweenness, on the same scale as `betweenness()`. */
  readonly estimate: Float64Array;
  /**
   * Standard error of each estimate: n·sd(δ_s(v))/√k with the finite-population correction √((n−k)/(n−1)).
   * A 95 % interval is roughly estimate ± 2·SE; it is 0 when k = n (the estimate is then exact).
   */
  readonly standardError: Float64Array;
  readonly pivots: number;
}

/**
 * Pivot-sampled betweenness after Brandes & Pich (2007), "Centrality estimation in large networks",
 * Int. J. Bifurcation and Chaos 17(7): the dependencies of k uniformly drawn sources, scaled by n/k.
 */
export function sampledBetweenness(g: Graph, options: SampledBetweennessOptions): SampledBetweenness {
  const n = g.nodeCount;
  const k = Math.max(1, Math.min(n, Math.floor(options.pivots)));
  const sp = workspaceFor(g, options);
  const delta = new Float64Array(n);
  const pull = new Float64Array(n);
  const sum = new Float64Array(n);
  const sumSq = new Float64Array(n);
  for (const s of samplePivots(n, k, options.seed ?? 1)) {
    accumulateDependencies(sp, s, delta, pull);
    for (let i = 1; i < sp.reached; i++) {
      const v = sp.order[i]!;
      const d = delta[v]!;
      sum[v]! += d;
      sumSq[v]! += d * d;
    }
  }
  const estimate = new Float64Array(n);
  const standardError = new Float64Array(n);
  const fpc = n > 1 ? Math.sqrt((n - k) / (n - 1)) : 0;
  for (let v = 0; v < n; v++) {
    const mean = sum[v]! / k;
    estimate[v] = n * mean;
    const variance = k > 1 ? Math.max(0, (sumSq[v]! - k * mean * mean) / (k - 1)) : 0;
    standardError[v] = (n * Math.sqrt(variance / k) * fpc) as number;
  }
  return {
    estimate: finish(g, options, estimate),
    standardError: finish(g, options, standardError),
    pivots: k,
  };
}

function samplePivots(n: number, k: number, seed: number): Int32Array {
  const random = seededRandom(seed);
  const perm = new Int32Array(n);
  for (let i = 0; i < n; i++) perm[i] = i;
  for (let i = 0; i < k; i++) {
    const j = i + Math.floor(random() * (n - i));
    const t = perm[i]!;
    perm[i] = perm[j]!;
    perm[j] = t;
  }
  return perm.subarray(0, k);
}
