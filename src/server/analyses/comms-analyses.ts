import type { z } from 'zod';
import { CommsRequest, runCommsAnalysis } from '../../analysis/comms/index.js';
import { analysisEntry, type Analysis } from './analysis.js';
import { commsGraph } from './comms-graph.js';
import { commsMap } from './comms-map.js';
import { tableOf } from './result-table.js';

type Variant = z.ZodObject<{ kind: z.ZodLiteral<string> }>;

/** One workbench analysis per communications analysis: its request schema less `kind` is its form. */
function commsAnalysis(variant: Variant): Analysis<Record<string, unknown>> {
  const id = variant.shape.kind.value;
  return {
    id,
    area: 'comms',
    inputs: variant.omit({ kind: true }) as unknown as z.ZodType<Record<string, unknown>>,
    auditedByService: true,
    async run(ctx, input) {
      const report = await runCommsAnalysis(ctx.ws, ctx.caseName, { ...input, kind: id }, ctx.actor);
      return {
        analysisId: id,
        ...tableOf(report.result.rows),
        graph: commsGraph(report),
        map: commsMap(report),
      };
    },
  };
}

export const COMMS_ANALYSES: readonly [string, Analysis][] = (
  CommsRequest.options as unknown as Variant[]
).map((v) => analysisEntry(commsAnalysis(v)));
