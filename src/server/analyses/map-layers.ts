import {
  cellArea,
  runCommsAnalysis,
  type ColocationRow,
  type CommsReport,
} from '../../analysis/comms/index.js';
import type { ChartNode, MapFragment, Place } from '../../model/api/index.js';
import type { AnalysisContext } from './analysis.js';
import { apiArea, commsMap, subjectNode } from './comms-map.js';
import { sceneNodeId } from './comms-graph.js';

const iso = (ms: number): string => new Date(ms).toISOString();

interface Drawn {
  readonly kind: Place['kind'];
  readonly label: string;
  readonly cell: string;
  readonly from: string | null;
  readonly to: string | null;
  readonly entities: readonly ChartNode[];
}

/** Each co-located pair at each cell it met in: who, from the first to the last match there. */
function colocations(report: CommsReport): Drawn[] {
  const nodes = new Map(report.subjects.map((s) => [s.id, subjectNode(s)]));
  const out = new Map<string, { -readonly [K in keyof Drawn]: Drawn[K] }>();
  for (const row of report.result.rows as readonly ColocationRow[]) {
    const entities = [row.a, row.b].map((id) => nodes.get(id) ?? { id, kind: 'entity', label: id });
    const label = entities.map((e) => e.label).join(' & ');
    for (const m of row.evidence) {
      const [from, to] = m.atA < m.atB ? [m.atA, m.atB] : [m.atB, m.atA];
      for (const cell of new Set([m.cellA, m.cellB])) {
        const key = `${row.a}|${row.b}|${cell}`;
        const seen = out.get(key);
        if (!seen) out.set(key, { kind: 'colocation', label, cell, from, to, entities });
        else {
          if (from < (seen.from ?? from)) seen.from = from;
          if (to > (seen.to ?? to)) seen.to = to;
        }
      }
    }
  }
  return [...out.values()];
}

/**
 * The case's map layers: every cell of every tower dump (its scene), and for the subjects, where each pair
 * of them met (co-location) and their most frequent night and day cells (dwell). Runs the comms service,
 * which audits each analysis; cells without a registry row have no area and are left out, never pinned.
 */
export async function mapLayers(ctx: AnalysisContext, subjects: readonly string[]): Promise<MapFragment> {
  const run = (request: Record<string, unknown>): Promise<CommsReport> =>
    runCommsAnalysis(ctx.ws, ctx.caseName, request, ctx.actor);
  const unique = [...new Set(subjects)];
  const dwell: Place[] = [];
  for (const subject of unique)
    dwell.push(...(commsMap(await run({ kind: 'trail', subject }))?.places ?? []));
  const met = unique.length >= 2 ? colocations(await run({ kind: 'colocation', subjects: unique })) : [];
  return ctx.ws.withCase(ctx.caseName, async (store) => {
    const scenes: Drawn[] = (await store.comms.towerDumps()).flatMap((d) => {
      const label = d.label || d.id;
      const entities = [{ id: sceneNodeId(label), kind: 'scene', label }];
      return d.cells.map((cell) => ({
        kind: 'scene' as const,
        label,
        cell,
        from: iso(d.fromMs),
        to: iso(d.toMs),
        entities,
      }));
    });
    const drawn = [...scenes, ...met];
    const sites = new Map(
      (await store.comms.cellSites([...new Set(drawn.map((d) => d.cell))])).map((s) => [s.key, s]),
    );
    const places = drawn.flatMap(({ cell, entities, ...d }): Place[] => {
      const area = apiArea(cell, cellArea(sites.get(cell)));
      return area ? [{ ...d, area, entities: [...entities] }] : [];
    });
    return { trail: [], places: [...places, ...dwell] };
  });
}
