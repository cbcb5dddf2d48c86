import { buildGraph, degrees, louvain, pagerank, sampledBetweenness } from '../../analysis/network/index.js';
import type { ChartMetric, ChartMetrics } from '../../model/api/index.js';

interface WeightedEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

/** Pivots for sampled betweenness: exact below this many nodes, an estimate with a bounded cost above. */
const BETWEENNESS_PIVOTS = 256;

/** Node size (a centrality) and colour (a Louvain community, fixed seed) for the chart's own graph. */
export function chartMetrics(edges: readonly WeightedEdge[], metric: ChartMetric): ChartMetrics {
  const g = buildGraph(edges, { directed: false });
  const scores = scoresOf(g, metric);
  const membership = louvain(g, { seed: 1 }).membership;
  const out: ChartMetrics = { scores: {}, communities: {} };
  g.ids.forEach((id, i) => {
    out.scores[id] = scores[i] ?? 0;
    out.communities[id] = membership[i] ?? 0;
  });
  return out;
}

function scoresOf(g: ReturnType<typeof buildGraph>, metric: ChartMetric): ArrayLike<number> {
  switch (metric) {
    case 'degree':
      return degrees(g).total;
    case 'pagerank':
      return pagerank(g);
    case 'betweenness':
      return sampledBetweenness(g, { pivots: Math.min(g.nodeCount, BETWEENNESS_PIVOTS), seed: 1 }).estimate;
    default: {
      const never: never = metric;
      return never;
    }
  }
}
