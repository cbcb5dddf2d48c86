import type { ColocationMatch } from '../../store/index.js';
import { iso } from './time.js';

export interface TripRow {
  readonly from: string;
  readonly to: string;
  /** The sites (A's cells) in the order both passed them. */
  readonly route: readonly string[];
  readonly evidence: readonly string[];
}

/**
 * Co-travel: a pair's co-location matches in time order, split where two matches are more than `tripGapMs`
 * apart; a stretch that passes `minSites` or more distinct sites is a trip taken together.
 */
export function coTravel(
  matches: readonly ColocationMatch[],
  tripGapMs: number,
  minSites: number,
): TripRow[] {
  const sorted = [...matches].sort((x, y) => x.tA - y.tA || x.tB - y.tB || x.eventA.localeCompare(y.eventA));
  const trips: TripRow[] = [];
  let run: ColocationMatch[] = [];
  const close = (): void => {
    const route: string[] = [];
    for (const m of run) if (route[route.length - 1] !== m.cellA) route.push(m.cellA);
    if (new Set(route).size >= minSites) {
      const first = run[0] as ColocationMatch;
      const last = run[run.length - 1] as ColocationMatch;
      trips.push({
        from: iso(first.tA),
        to: iso(last.tA),
        route,
        evidence: run.flatMap((m) => [m.eventA, m.eventB]).slice(0, 20),
      });
    }
    run = [];
  };
  for (const m of sorted) {
    const prev = run[run.length - 1];
    if (prev && m.tA - prev.tA > tripGapMs) close();
    run.push(m);
  }
  if (run.length > 0) close();
  return trips;
}
