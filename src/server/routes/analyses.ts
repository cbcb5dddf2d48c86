import { z } from 'zod';
import {
  AnalysisList,
  AnalysisParams,
  AnalysisResult,
  CaseParams,
  ChartMetrics,
  ChartMetricsBody,
  MapFragment,
  MapLayersBody,
} from '../../model/api/index.js';
import { SkeinError } from '../../model/index.js';
import { chartMetrics } from '../analyses/chart-metrics.js';
import { mapLayers } from '../analyses/map-layers.js';
import { defineRoute } from '../route.js';

export const listAnalysesRoute = defineRoute({
  id: 'analyses.list',
  method: 'GET',
  url: '/api/analyses',
  summary: 'The analyses on offer, each with its inputs as JSON Schema for its form.',
  access: { kind: 'public' },
  audit: 'none',
  response: AnalysisList,
  async handler(ctx) {
    return {
      analyses: [...ctx.services.analyses.values()].map((a) => ({
        id: a.id,
        area: a.area,
        inputs: z.toJSONSchema(a.inputs, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
      })),
    };
  },
});

export const runAnalysisRoute = defineRoute({
  id: 'analyses.run',
  method: 'POST',
  url: '/api/cases/:caseName/analyses/:analysisId',
  summary: 'Runs one analysis on the case: a table, and what it adds to the chart and the map.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: AnalysisParams,
  body: z.record(z.string(), z.unknown()),
  response: AnalysisResult,
  async handler(ctx) {
    const { caseName, analysisId } = ctx.params;
    const analysis = ctx.services.analyses.get(analysisId);
    if (!analysis) throw new SkeinError('ANALYSIS_NOT_FOUND', 'No such analysis.', { input: analysisId });
    const input = analysis.inputs.safeParse(ctx.body);
    if (!input.success) {
      const issue = input.error.issues[0];
      throw new SkeinError('REQUEST_BAD_BODY', issue?.message ?? 'invalid', {
        field: issue?.path.join('.') ?? '',
      });
    }
    const result = await analysis.run({ ws: ctx.ws, actor: ctx.actor, caseName }, input.data);
    if (analysis.auditedByService) ctx.auditedByService();
    else await ctx.audit([], { analysis: analysisId, rows: result.rows.length });
    return result;
  },
});

export const chartMetricsRoute = defineRoute({
  id: 'chart.metrics',
  method: 'POST',
  url: '/api/cases/:caseName/chart/metrics',
  summary: 'Centrality and communities of the link chart, for node size and colour.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: CaseParams,
  body: ChartMetricsBody,
  response: ChartMetrics,
  async handler(ctx) {
    const metrics = chartMetrics(ctx.body.edges, ctx.body.metric);
    await ctx.audit([], { metric: ctx.body.metric, edges: ctx.body.edges.length });
    return metrics;
  },
});

export const mapLayersRoute = defineRoute({
  id: 'map.layers',
  method: 'POST',
  url: '/api/cases/:caseName/map/layers',
  summary: 'The map layers of a case: tower-dump scenes, and co-locations and dwell places of the subjects.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: CaseParams,
  body: MapLayersBody,
  response: MapFragment,
  async handler(ctx) {
    const { subjects } = ctx.body;
    const layers = await mapLayers({ ws: ctx.ws, actor: ctx.actor, caseName: ctx.params.caseName }, subjects);
    const count = (kind: string) => layers.places.filter((p) => p.kind === kind).length;
    await ctx.audit(subjects, {
      scenes: count('scene'),
      colocations: count('colocation'),
      dwell: count('dwell'),
    });
    return layers;
  },
});
