import { z } from 'zod';
import { GraphFragment } from './graph.js';
import { MapFragment } from './places.js';

export const AnalysisArea = z.enum(['comms', 'network']);

/** An analysis the server offers: its inputs as JSON Schema, from which the web renders a form. */
export const AnalysisInfo = z.object({
  id: z.string(),
  area: AnalysisArea,
  inputs: z.record(z.string(), z.unknown()),
});
export type AnalysisInfo = z.infer<typeof AnalysisInfo>;
export const AnalysisList = z.object({ analyses: z.array(AnalysisInfo) });
export type AnalysisList = z.infer<typeof AnalysisList>;

export const AnalysisParams = z.object({
  caseName: z.string().min(1).max(64),
  analysisId: z.string().min(1).max(64),
});

/** How the table renders a column: an entity cell links to its profile and can go to the chart. */
export const ColumnKind = z.enum(['entity', 'text', 'number', 'time', 'duration']);
export const ResultColumn = z.object({ key: z.string(), kind: ColumnKind });
export type ResultColumn = z.infer<typeof ResultColumn>;

export const Cell = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const ResultRow = z.record(z.string(), Cell);
export type ResultRow = z.infer<typeof ResultRow>;

/** Every analysis answers a table, and, where it has them, what it adds to the chart and the map. */
export const AnalysisResult = z.object({
  analysisId: z.string(),
  columns: z.array(ResultColumn),
  rows: z.array(ResultRow),
  graph: GraphFragment.nullable(),
  map: MapFragment.nullable(),
});
export type AnalysisResult = z.infer<typeof AnalysisResult>;
