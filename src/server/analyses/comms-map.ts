import type { CommsReport } from '../../analysis/comms/index.js';
import type { CellArea, MapFragment, Place, TrailStop } from '../../model/api/index.js';

type Row = Record<string, unknown>;
type Area =
  | {
      kind: 'sector';
      site: [number, number];
      radiusM: number;
      isRadiusAssumed: boolean;
      polygon: [number, number][];
    }
  | { kind: 'circle'; site: [number, number]; radiusM: number; isRadiusAssumed: boolean }
  | { kind: 'unknown' };

/** The analysis's cell area in the API's shape; cells missing from the registry have none to draw. */
function areaOf(cell: string, a: Area | undefined): CellArea | null {
  if (!a || a.kind === 'unknown') return null;
  return {
    cell,
    shape: a.kind,
    site: a.site,
    radiusM: a.radiusM,
    isRadiusAssumed: a.isRadiusAssumed,
    ring: a.kind === 'sector' ? a.polygon : null,
  };
}

/** What a trail analysis draws on the map: its stops in order and its dwell places (night and day). */
export function commsMap(report: CommsReport): MapFragment | null {
  if (report.kind !== 'trail') return null;
  const entity = report.subjects[0]?.id ?? '';
  const trail: TrailStop[] = [];
  const places: Place[] = [];
  for (const row of report.result.rows as readonly Row[]) {
    for (const s of (row.stops ?? []) as Row[]) {
      const area = areaOf(String(s.cell), s.area as Area);
      if (area)
        trail.push({ entity, from: String(s.from), to: String(s.to), events: Number(s.events), area });
    }
    for (const d of (row.dwell ?? []) as Row[]) {
      const area = areaOf(String(d.cell), d.area as Area);
      if (area)
        places.push({
          kind: 'dwell',
          label: `${String(d.period)} ${String(d.cell)}`,
          area,
          from: null,
          to: null,
        });
    }
  }
  return { trail, places };
}
