import Graph from 'graphology';
import type { ChartMetrics } from '../../model/api/index';
import { isInRange, type ChartData } from '../state/workbench';
import { colourForCommunity, colourForType } from './colours';
import { iconForKind } from './node-icons';
import { seedPosition } from './seed-layout';

export type SizeBy = 'none' | 'degree' | 'pagerank' | 'betweenness';
export type ColourBy = 'type' | 'community';

export interface NodeAttrs {
  x: number;
  y: number;
  size: number;
  color: string;
  label: string;
  kind: string;
  /** Pictogram drawn on the node (node-icons.ts). */
  icon: number;
}

export interface EdgeAttrs {
  size: number;
  color: string;
  count: number;
}

export interface Look {
  readonly sizeBy: SizeBy;
  readonly colourBy: ColourBy;
  readonly metrics: ChartMetrics | null;
  readonly range: readonly [number, number] | null;
  /** Pictograms per entity type on the nodes; off leaves plain discs. */
  readonly icons: boolean;
  /** Positions from the last layout run; new nodes start at their seed position. */
  readonly positions: ReadonlyMap<string, { x: number; y: number }>;
}

/** The chart's graphology graph: edges outside the brushed range are left out, nodes sized and coloured by the look. */
export function buildGraph(chart: ChartData, look: Look): Graph<NodeAttrs, EdgeAttrs> {
  const g = new Graph<NodeAttrs, EdgeAttrs>({ multi: true, type: 'directed', allowSelfLoops: false });
  const scores = look.metrics?.scores ?? {};
  const maxScore = Math.max(1e-12, ...Object.values(scores));
  for (const n of chart.nodes.values()) {
    const score = look.sizeBy === 'none' ? 0 : (scores[n.id] ?? 0);
    const community = look.metrics?.communities[n.id] ?? 0;
    g.addNode(n.id, {
      ...(look.positions.get(n.id) ?? seedPosition(n.id)),
      size: 5 + 15 * Math.sqrt(score / maxScore),
      color:
        look.colourBy === 'community' && look.metrics ? colourForCommunity(community) : colourForType(n.kind),
      label: n.label,
      kind: n.kind,
      icon: look.icons ? iconForKind(n.kind) : 0,
    });
  }
  for (const [key, e] of chart.edges) {
    if (!isInRange(e.firstAt, e.lastAt, look.range)) continue;
    if (!g.hasNode(e.source) || !g.hasNode(e.target)) continue;
    g.addDirectedEdgeWithKey(key, e.source, e.target, {
      size: 1 + Math.min(6, Math.log2(1 + e.count)),
      color: '#9aa5b1',
      count: e.count,
    });
  }
  return g;
}
