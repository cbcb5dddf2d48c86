import type { ColocationMatch, CommsQueries, TimeWindow } from '../../store/index.js';
import { coTravel, type TripRow } from './co-travel.js';
import { result, type CommsResult } from './result.js';
import { iso } from './time.js';

export interface ColocationRow {
  readonly a: string;
  readonly b: string;
  /** Pairs of sightings within the time and distance limits. */
  readonly matches: number;
  readonly cells: number;
  readonly days: number;
  readonly first: string;
  readonly last: string;
  /** The earliest matches (at most 10): both cells, both times, both events. */
  readonly evidence: readonly {
    readonly cellA: string;
    readonly cellB: string;
    readonly distanceM: number;
    readonly atA: string;
    readonly atB: string;
    readonly eventA: string;
    readonly eventB: string;
  }[];
  /** Stretches where they moved together through the same sequence of sites. */
  readonly coTravel: readonly TripRow[];
}

export interface ColocationOptions {
  readonly window: TimeWindow;
  readonly maxGapMs: number;
  readonly radiusM: number;
  readonly tripGapMs: number;
  readonly minTripSites: number;
  readonly limit: number;
}

/** Matches fetched at most; past this the note says the list was cut. */
const MAX_MATCHES = 20_000;

/**
 * Times when two subjects were at the same cell (or sites within `radiusM`) within `maxGapMs` of each other,
 * one row per pair, most matches first; each row carries its co-travel stretches.
 */
export async function colocation(
  q: CommsQueries,
  parties: readonly string[],
  o: ColocationOptions,
): Promise<CommsResult<ColocationRow>> {
  if (parties.length < 2) return result([], 'Co-location needs at least two subjects.');
  const matches = await q.colocations({
    parties,
    window: o.window,
    maxGapMs: o.maxGapMs,
    radiusM: o.radiusM,
    limit: MAX_MATCHES,
  });
  const byPair = new Map<string, ColocationMatch[]>();
  for (const m of matches) {
    const k = `${m.a}|${m.b}`;
    const list = byPair.get(k);
    if (list) list.push(m);
    else byPair.set(k, [m]);
  }
  const rows = [...byPair.values()].map((ms) => pairRow(ms, o));
  rows.sort((x, y) => y.matches - x.matches || x.a.localeCompare(y.a) || x.b.localeCompare(y.b));
  if (rows.length === 0)
    return result([], 'The subjects were never at the same place within the time limit.');
  return result(
    rows.slice(0, o.limit),
    matches.length >= MAX_MATCHES ? 'Only the earliest matches were read.' : undefined,
  );
}

function pairRow(ms: readonly ColocationMatch[], o: ColocationOptions): ColocationRow {
  const first = ms[0] as ColocationMatch;
  const last = ms[ms.length - 1] as ColocationMatch;
  return {
    a: first.a,
    b: first.b,
    matches: ms.length,
    cells: new Set(ms.map((m) => m.cellA)).size,
    days: new Set(ms.map((m) => iso(Math.min(m.tA, m.tB)).slice(0, 10))).size,
    first: iso(Math.min(first.tA, first.tB)),
    last: iso(Math.max(last.tA, last.tB)),
    evidence: ms.slice(0, 10).map((m) => ({
      cellA: m.cellA,
      cellB: m.cellB,
      distanceM: m.distanceM,
      atA: iso(m.tA),
      atB: iso(m.tB),
      eventA: m.eventA,
      eventB: m.eventB,
    })),
    coTravel: coTravel(ms, o.tripGapMs, o.minTripSites),
  };
}
