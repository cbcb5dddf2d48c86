import type { ChartData } from '../state/workbench';
import type { MapFragment } from '../../model/api/index';

export interface TimePoint {
  readonly lane: string;
  readonly t: number;
}

const DAY = 86_400_000;

/**
 * Every dated event on the chart and the map, by lane (the entity it belongs to): edges' first and last
 * times, trail stops, tower-dump scenes and co-locations. Dwell places summarise a span, so are not events.
 */
export function timePoints(chart: ChartData, map: MapFragment): TimePoint[] {
  const label = (id: string) => chart.nodes.get(id)?.label ?? id;
  const out: TimePoint[] = [];
  for (const e of chart.edges.values()) {
    for (const at of [e.firstAt, e.lastAt]) if (at) out.push({ lane: label(e.source), t: Date.parse(at) });
  }
  for (const s of map.trail) out.push({ lane: label(s.entity), t: Date.parse(s.from) });
  // A scene is one place per cell: its window counts once.
  const seen = new Set<string>();
  for (const p of map.places) {
    const key = `${p.kind}|${p.label}|${p.from ?? ''}`;
    if (p.kind === 'dwell' || !p.from || seen.has(key)) continue;
    seen.add(key);
    const lanes = p.entities.length > 0 ? p.entities.map((e) => e.label) : [p.label];
    for (const lane of lanes) out.push({ lane, t: Date.parse(p.from) });
  }
  return out.filter((p) => Number.isFinite(p.t));
}

/** Counts per day between the first and the last point. */
export function histogram(points: readonly TimePoint[]): { start: number; counts: number[] } {
  if (points.length === 0) return { start: 0, counts: [] };
  let [lo, hi] = [Infinity, -Infinity];
  for (const p of points) [lo, hi] = [Math.min(lo, p.t), Math.max(hi, p.t)];
  const start = Math.floor(lo / DAY) * DAY;
  const counts = new Array<number>(Math.floor((hi - start) / DAY) + 1).fill(0);
  for (const p of points) {
    const i = Math.floor((p.t - start) / DAY);
    counts[i] = (counts[i] ?? 0) + 1;
  }
  return { start, counts };
}

export { DAY };
