import type { z } from 'zod';
import type { Actor, Workspace } from '../../intel/index.js';
import type { AnalysisResult } from '../../model/api/index.js';

export interface AnalysisContext {
  readonly ws: Workspace;
  readonly actor: Actor;
  readonly caseName: string;
}

/**
 * One analysis as the workbench offers it: a form (the input schema), then a table, then what it
 * adds to the chart and the map. Wiring a new analysis is one entry of this shape.
 */
export interface Analysis<I = unknown> {
  readonly id: string;
  readonly area: 'comms' | 'network';
  readonly inputs: z.ZodType<I>;
  /** True when `run` calls a service that writes the audit record itself. */
  readonly auditedByService: boolean;
  run(ctx: AnalysisContext, input: I): Promise<AnalysisResult>;
}

export type AnalysisTable = ReadonlyMap<string, Analysis>;

/** Erases an analysis's input type so analyses of different inputs share one table. */
export function analysisEntry<I>(a: Analysis<I>): [string, Analysis] {
  return [a.id, a as unknown as Analysis];
}
