import type { Graph } from './graph.js';
import { betweenness } from './betweenness.js';
import { closeness, harmonicCloseness } from './closeness.js';
import { constraint } from './constraint.js';
import { degrees } from './degree.js';
import { eigenvectorCentrality } from './eigenvector.js';
import { undirectedView } from './graph.js';
import { coreness } from './kcore.js';
import { keyPlayers } from './key-players.js';
import { louvain } from './louvain.js';
import { pagerank } from './pagerank.js';
import { topNodes } from './ranking.js';

/** The metrics an analyst can ask for by name, on a file or on a case. */
export const NETWORK_METRICS = [
  'degree',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'kcore',
  'constraint',
  'communities',
  'key-players',
] as const;
export type NetworkMetric = (typeof NETWORK_METRICS)[number];

export type MetricRow = Record<string, string | number>;

export interface MetricRowOptions {
  readonly top: number;
  /** Key-player set size. */
  readonly k: number;
  /** Path metrics treat a tie of weight w as 1/w long. */
  readonly weighted: boolean;
}

/** Computes one metric and returns its rows best first (lowest constraint first: the freest brokers). */
export function metricRows(metric: NetworkMetric, g: Graph, o: MetricRowOptions): MetricRow[] {
  return compute(metric, g, o.top, o.k, o.weighted);
}

function compute(metric: NetworkMetric, g: Graph, top: number, k: number, weighted: boolean): MetricRow[] {
  const ranked = (scores: ArrayLike<number>, ascending = false): MetricRow[] =>
    topNodes(g, scores, top, ascending).map((r) => ({ rank: r.rank, node: r.id, score: round(r.score) }));
  switch (metric) {
    case 'degree': {
      const d = degrees(g);
      return topNodes(g, d.total, top).map((r) => {
        const v = g.indexOf.get(r.id)!;
        return {
          rank: r.rank,
          node: r.id,
          degree: d.total[v]!,
          in: d.in[v]!,
          out: d.out[v]!,
          strength: d.strength[v]!,
        };
      });
    }
    case 'betweenness':
      return ranked(betweenness(g, { weighted }));
    case 'closeness':
      return ranked(closeness(g, { weighted, mode: 'all' }));
    case 'harmonic':
      return ranked(harmonicCloseness(g, { weighted, mode: 'all' }));
    case 'eigenvector':
      return ranked(eigenvectorCentrality(undirectedView(g), { weighted: true }));
    case 'pagerank':
      return ranked(pagerank(g));
    case 'kcore':
      return ranked(coreness(g));
    case 'constraint':
      return ranked(constraint(g), true);
    case 'communities':
      return communityRows(g, top);
    case 'key-players': {
      const kp = keyPlayers(g, { k });
      return kp.nodes.map((v, i) => ({
        order: i + 1,
        node: g.ids[v]!,
        fragmentation: round(kp.fragmentation),
      }));
    }
    default: {
      const unreachable: never = metric;
      return unreachable;
    }
  }
}

function communityRows(g: Graph, top: number): MetricRow[] {
  const c = louvain(g, { seed: 1 });
  const members = new Map<number, string[]>();
  c.membership.forEach((m, v) => members.set(m, [...(members.get(m) ?? []), g.ids[v]!]));
  return [...members.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, top)
    .map((nodes, i) => ({
      community: i + 1,
      size: nodes.length,
      modularity: round(c.modularity),
      members: nodes.join(' '),
    }));
}

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x);
