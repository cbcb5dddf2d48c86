import type { CellArea as CommsArea, CommsReport, Subject } from '../../analysis/comms/index.js';
import type { CellArea, ChartNode, MapFragment, Place, TrailStop } from '../../model/api/index.js';

type Row = Record<string, unknown>;

/** The analysis's cell area in the API's shape; cells missing from the registry have none to draw. */
export function apiArea(cell: string, a: CommsArea | undefined): CellArea | null {
  if (!a || a.kind === 'unknown') return null;
  return {
    cell,
    shape: a.kind,
    site: [a.site[0], a.site[1]],
    radiusM: a.radiusM,
    isRadiusAssumed: a.isRadiusAssumed,
    ring: a.kind === 'sector' ? a.polygon.map(([x, y]) => [x, y]) : null,
  };
}

/** A subject as the chart shows it (the same label as the analyses' chart fragments). */
export const subjectNode = (s: Subject): ChartNode => ({
  id: s.id,
  kind: s.kind,
  label: s.key ?? s.label,
  key: s.key,
});

/** First and last time a trail's stops were at each cell. */
function spansByCell(stops: readonly Row[]): Map<string, [string, string]> {
  const spans = new Map<string, [string, string]>();
  for (const s of stops) {
    const cell = String(s.cell);
    const [from, to] = [String(s.from), String(s.to)];
    const span = spans.get(cell);
    if (!span) spans.set(cell, [from, to]);
    else spans.set(cell, [from < span[0] ? from : span[0], to > span[1] ? to : span[1]]);
  }
  return spans;
}

/**
 * What a trail analysis draws on the map: its stops in order and its dwell places (night and day), each
 * dated by the first and last stop at its cell so the timeline's brush filters it.
 */
export function commsMap(report: CommsReport): MapFragment | null {
  if (report.kind !== 'trail') return null;
  const subject = report.subjects[0];
  const entity = subject?.id ?? '';
  const entities = subject ? [subjectNode(subject)] : [];
  const trail: TrailStop[] = [];
  const places: Place[] = [];
  for (const row of report.result.rows as readonly Row[]) {
    const stops = (row.stops ?? []) as Row[];
    for (const s of stops) {
      const area = apiArea(String(s.cell), s.area as CommsArea);
      if (area)
        trail.push({ entity, from: String(s.from), to: String(s.to), events: Number(s.events), area });
    }
    const spans = spansByCell(stops);
    for (const d of (row.dwell ?? []) as Row[]) {
      const cell = String(d.cell);
      const area = apiArea(cell, d.area as CommsArea);
      const span = spans.get(cell);
      if (area)
        places.push({
          kind: 'dwell',
          label: `${String(d.period)} ${cell}`,
          area,
          from: span?.[0] ?? null,
          to: span?.[1] ?? null,
          entities,
        });
    }
  }
  return { trail, places };
}
