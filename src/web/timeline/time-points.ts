import type { ChartData } from '../state/workbench';
import type { MapFragment } from '../../model/api/index';

export interface TimePoint {
  readonly lane: string;
  readonly t: number;
}

const DAY = 86_400_000;

/** Every dated thing on the chart and the map, by lane (the entity it belongs to). */
export function timePoints(chart: ChartData, map: MapFragment): TimePoint[] {
  const label = (id: string) => chart.nodes.get(id)?.label ?? id;
  const out: TimePoint[] = [];
  for (const e of chart.edges.values()) {
    for (const at of [e.firstAt, e.lastAt]) if (at) out.push({ lane: label(e.source), t: Date.parse(at) });
  }
  for (const s of map.trail) out.push({ lane: label(s.entity), t: Date.parse(s.from) });
  return out.filter((p) => Number.isFinite(p.t));
}

/** Counts per day between the first and the last point. */
export function histogram(points: readonly TimePoint[]): { start: number; counts: number[] } {
  if (points.length === 0) return { start: 0, counts: [] };
  const ts = points.map((p) => p.t);
  const start = Math.floor(Math.min(...ts) / DAY) * DAY;
  const days = Math.floor((Math.max(...ts) - start) / DAY) + 1;
  const counts = new Array<number>(days).fill(0);
  for (const t of ts)
    counts[Math.floor((t - start) / DAY)] = (counts[Math.floor((t - start) / DAY)] ?? 0) + 1;
  return { start, counts };
}

export { DAY };
