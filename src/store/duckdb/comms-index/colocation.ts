import type { CellSite, ColocationMatch, ColocationQuery } from '../../comms-port.js';
import type { CommsIndex, LegSlice } from './comms-index.js';

/** A subject's leg at a cell; its event id is spelled out only if the sighting ends up in a returned match. */
interface Sighting {
  readonly party: number;
  readonly t: number;
  readonly legs: LegSlice;
  readonly row: number;
}

const EVENT_WORDS = ['ev0', 'ev1', 'ev2'] as const;

/** Orders sightings' events as their ids would sort (three fixed-width hex words). */
function eventOrder(x: Sighting, y: Sighting): number {
  for (const col of EVENT_WORDS) {
    const d =
      (x.legs.col<Uint32Array>(col)[x.row] as number) - (y.legs.col<Uint32Array>(col)[y.row] as number);
    if (d !== 0) return d;
  }
  return 0;
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
      list.push({ party: no, t: legs.t[i] as number, legs, row: i });
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
  const pairs: { a: Sighting; b: Sighting; ca: string; cb: string; dist: number }[] = [];
  for (const [ca, cb, dist] of nearCells([...byCell.keys()], sites, q.radiusM)) {
    const as = byCell.get(ca) ?? [];
    const bs = byCell.get(cb) ?? [];
    let from = 0;
    for (const a of as) {
      while (from < bs.length && bs[from]!.t < a.t - q.maxGapMs) from++;
      for (let j = from; j < bs.length && bs[j]!.t <= a.t + q.maxGapMs; j++) {
        const b = bs[j]!;
        if (a.party < b.party) pairs.push({ a, b, ca, cb, dist });
      }
    }
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return pairs
    .sort(
      (x, y) =>
        x.a.t - y.a.t ||
        x.b.t - y.b.t ||
        cmp(ix.party(x.a.party), ix.party(y.a.party)) ||
        cmp(ix.party(x.b.party), ix.party(y.b.party)) ||
        eventOrder(x.a, y.a) ||
        eventOrder(x.b, y.b),
    )
    .slice(0, q.limit)
    .map(({ a, b, ca, cb, dist }) => ({
      a: ix.party(a.party),
      b: ix.party(b.party),
      cellA: ca,
      cellB: cb,
      distanceM: Math.round(dist),
      tA: a.t,
      tB: b.t,
      eventA: a.legs.eventId(a.row),
      eventB: b.legs.eventId(b.row),
    }));
}
