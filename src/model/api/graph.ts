import { z } from 'zod';

/** An entity as the link chart shows it. */
export const ChartNode = z.object({
  id: z.string(),
  kind: z.string(),
  label: z.string(),
  key: z.string().nullable().optional(),
});
export type ChartNode = z.infer<typeof ChartNode>;

/** Every event between two entities aggregated into one edge: how many, how long, from when to when. */
export const ChartEdge = z.object({
  source: z.string(),
  target: z.string(),
  kind: z.string(),
  count: z.number().int().nonnegative(),
  durationS: z.number().nonnegative(),
  firstAt: z.string().nullable().optional(),
  lastAt: z.string().nullable().optional(),
  /** Import ids (and rows) the edge was read from: the provenance the selection panel shows. */
  sources: z.array(z.string()).optional(),
});
export type ChartEdge = z.infer<typeof ChartEdge>;

export const GraphFragment = z.object({ nodes: z.array(ChartNode), edges: z.array(ChartEdge) });
export type GraphFragment = z.infer<typeof GraphFragment>;

export const ChartMetric = z.enum(['degree', 'pagerank', 'betweenness']);
export type ChartMetric = z.infer<typeof ChartMetric>;

/** The chart's own edges, sent back for centrality and communities computed on the server. */
export const ChartMetricsBody = z.object({
  metric: ChartMetric.default('pagerank'),
  edges: z
    .array(z.object({ source: z.string(), target: z.string(), weight: z.number().positive() }))
    .max(500_000),
});
export type ChartMetricsBody = z.input<typeof ChartMetricsBody>;

export const ChartMetrics = z.object({
  scores: z.record(z.string(), z.number()),
  communities: z.record(z.string(), z.number().int()),
});
export type ChartMetrics = z.infer<typeof ChartMetrics>;
