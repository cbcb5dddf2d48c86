import type { CellSite, ColocationMatch, ColocationQuery } from '../../comms-port.js';
import type { CommsIndex } from './comms-index.js';

interface Sighting {
  readonly party: number;
  readonly t: number;
  readonly event: string;
}

/** Great-circle distance in metres (haversine, mean Earth radius). */
function metres(a: CellSite, b: CellSite): number {
  const rad = Math.PI / 180;
  const h =
    Math.sin(((b.lat! - a.lat!) * rad) / 2) ** 2 +
    Math.cos(a.lat! * rad) * Math.cos(b.lat! * rad) * Math.sin(((b.lon! - a.lon!) * rad) / 2) ** 2;
  return 2 * 6371008.8 * Math.asin(Math.sqrt(h));
}

/** The subjects' sightings at cells (any leg with a cell, in the window), grouped by cell in time order. */
export function sightingsByCell(ix: CommsIndex, q: ColocationQuery): Map<string, Sighting[]> {
  const byCell = new Map<string, Sighting[]>();
  for (const p of new Set(q.parties)) {
    const no = ix.partyNo(p);
    if (no === undefined) continue;
    const legs = ix.legs(no, q.window);
    if (legs.length === 0) continue;
    const cell = legs.col<Int32Array>('cell');
    for (let i = 0; i < legs.length; i++) {
      const c = cell[i] as number;
      if (c < 0) continue;
      const key = ix.cell(c);
      const list = byCell.get(key) ?? [];
      list.push({ party: no, t: legs.t[i] as number, event: legs.eventId(i) });
      byCell.set(key, list);
    }
  }
  for (const list of byCell.values()) list.sort((a, b) => a.t - b.t);
  return byCell;
}

/** Pairs of cells close enough to count: each cell with itself, and with a radius the sites that near. */
function nearCells(
  cells: readonly string[],
  sites: readonly CellSite[],
  radiusM: number,
): [string, string, number][] {
  const pairs: [string, string, number][] = cells.map((c) => [c, c, 0]);
  if (radiusM <= 0) return pairs;
  const located = sites.filter((s) => s.lat !== null && s.lon !== null);
  for (const x of located)
    for (const y of located) {
      if (x.key === y.key) continue;
      const d = metres(x, y);
      if (d <= radiusM) pairs.push([x.key, y.key, d]);
    }
  return pairs;
}

/**
 * Pairs of sightings of two different subjects within `maxGapMs` of each other at the same cell or, with a
 * radius, at sites that close. Sightings are bucketed by cell and each bucket is in time order, so a pair
 * of buckets is joined with a sliding window instead of all against all.
 */
export function colocationsFrom(
  ix: CommsIndex,
  q: ColocationQuery,
  byCell: Map<string, Sighting[]>,
  sites: readonly CellSite[],
): ColocationMatch[] {
  const matches: ColocationMatch[] = [];
  for (const [ca, cb, dist] of nearCells([...byCell.keys()], sites, q.radiusM)) {
    const as = byCell.get(ca) ?? [];
    const bs = byCell.get(cb) ?? [];
    let from = 0;
    for (const a of as) {
      while (from < bs.length && bs[from]!.t < a.t - q.maxGapMs) from++;
      for (let j = from; j < bs.length && bs[j]!.t <= a.t + q.maxGapMs; j++) {
        const b = bs[j]!;
        if (a.party >= b.party) continue;
        matches.push({
          a: ix.party(a.party),
          b: ix.party(b.party),
          cellA: ca,
          cellB: cb,
          distanceM: Math.round(dist),
          tA: a.t,
          tB: b.t,
          eventA: a.event,
          eventB: b.event,
        });
      }
    }
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return matches
    .sort(
      (x, y) =>
        x.tA - y.tA ||
        x.tB - y.tB ||
        cmp(x.a, y.a) ||
        cmp(x.b, y.b) ||
        cmp(x.eventA, y.eventA) ||
        cmp(x.eventB, y.eventB),
    )
    .slice(0, q.limit);
}
