import type { CommsQueries, TimeWindow } from '../../store/index.js';
import { cellArea, type CellArea } from './cell-area.js';
import { result, type CommsResult } from './result.js';
import { iso } from './time.js';

export interface TrailStop {
  readonly cell: string;
  readonly from: string;
  readonly to: string;
  readonly events: number;
  readonly area: CellArea;
  readonly evidence: string;
}

export interface DwellPlace {
  readonly cell: string;
  readonly period: 'night' | 'day';
  readonly events: number;
  readonly days: number;
  readonly area: CellArea;
}

export interface TrailRow {
  /** Consecutive sightings at one cell collapsed into stops, in time order. */
  readonly stops: readonly TrailStop[];
  /** The most frequent night and day cells (likely home and work), at most 5 of each. */
  readonly dwell: readonly DwellPlace[];
  readonly zone: string;
  readonly nightHours: readonly [number, number];
  readonly isCut: boolean;
}

export interface TrailOptions {
  readonly window: TimeWindow;
  readonly zone: string;
  readonly nightHours: readonly [number, number];
  readonly limit: number;
}

/** A location trail from cell sites, each stop an uncertainty area, plus the dwell places by night and day. */
export async function trail(q: CommsQueries, party: string, o: TrailOptions): Promise<CommsResult<TrailRow>> {
  const stops = await q.cellStops(party, o.window, o.limit + 1);
  if (stops.length === 0) return result([], 'The subject has no events with a cell in this window.');
  const dwellRows = await q.dwell({ party, window: o.window, zone: o.zone, nightHours: o.nightHours });
  const dwell = [
    ...dwellRows.filter((d) => d.period === 'night').slice(0, 5),
    ...dwellRows.filter((d) => d.period === 'day').slice(0, 5),
  ];
  const kept = stops.slice(0, o.limit);
  const sites = new Map(
    (await q.cellSites([...new Set([...kept.map((s) => s.cell), ...dwell.map((d) => d.cell)])])).map((s) => [
      s.key,
      s,
    ]),
  );
  const isCut = stops.length > o.limit;
  return result(
    [
      {
        stops: kept.map((s) => ({
          cell: s.cell,
          from: iso(s.fromMs),
          to: iso(s.toMs),
          events: s.n,
          area: cellArea(sites.get(s.cell)),
          evidence: s.firstEvent,
        })),
        dwell: dwell
          .map((d) => ({ ...d, events: d.n, area: cellArea(sites.get(d.cell)) }))
          .map(({ n: _n, ...rest }) => rest),
        zone: o.zone,
        nightHours: o.nightHours,
        isCut,
      },
    ],
    isCut ? `Only the first ${o.limit} stops are shown; narrow the window for the rest.` : undefined,
  );
}
