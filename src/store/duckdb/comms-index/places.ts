import type { ActivityCell, CellStopRow, DwellQuery, DwellRow, TimeWindow } from '../../comms-port.js';
import type { CommsIndex } from './comms-index.js';
import { localClock } from './local-clock.js';

/** A party's legs by ISO weekday and local hour in the named zone. */
export function activityFrom(
  ix: CommsIndex,
  party: string,
  window: TimeWindow,
  zone: string,
): ActivityCell[] {
  const no = ix.partyNo(party);
  if (no === undefined) return [];
  const legs = ix.legs(no, window);
  const clock = localClock(zone);
  const counts = new Map<number, number>();
  for (const t of legs.t) {
    const f = clock(t);
    const k = f.weekday * 24 + f.hour;
    counts.set(k, (counts.get(k) ?? 0) + 1);
  }
  return [...counts]
    .sort(([a], [b]) => a - b)
    .map(([k, n]) => ({ weekday: Math.floor(k / 24), hour: k % 24, n }));
}

/** A party's consecutive sightings at one cell collapsed into stops, in time order (gaps and islands). */
export function cellStopsFrom(
  ix: CommsIndex,
  party: string,
  window: TimeWindow,
  limit: number,
): CellStopRow[] {
  const no = ix.partyNo(party);
  if (no === undefined) return [];
  const legs = ix.legs(no, window);
  if (legs.length === 0) return [];
  const cell = legs.col<Int32Array>('cell');
  const stops: CellStopRow[] = [];
  let current: { cell: number; fromMs: number; toMs: number; n: number; first: number } | undefined;
  const close = (): void => {
    if (current !== undefined)
      stops.push({
        cell: ix.cell(current.cell),
        fromMs: current.fromMs,
        toMs: current.toMs,
        n: current.n,
        firstEvent: legs.eventId(current.first),
      });
  };
  for (let i = 0; i < legs.length && stops.length < limit; i++) {
    const c = cell[i] as number;
    if (c < 0) continue;
    const t = legs.t[i] as number;
    if (current?.cell === c) {
      current.toMs = t;
      current.n++;
      continue;
    }
    close();
    current = { cell: c, fromMs: t, toMs: t, n: 1, first: i };
  }
  if (stops.length < limit) close();
  return stops;
}

/** Whether a local hour is in `[start, end)`, wrapping midnight when start > end. */
function inHours(hour: number, [start, end]: readonly [number, number]): boolean {
  return start > end ? hour >= start || hour < end : hour >= start && hour < end;
}

/** Sightings per cell split into night and day local hours, with the number of local days each. */
export function dwellFrom(ix: CommsIndex, q: DwellQuery): DwellRow[] {
  const no = ix.partyNo(q.party);
  if (no === undefined) return [];
  const legs = ix.legs(no, q.window);
  if (legs.length === 0) return [];
  const cell = legs.col<Int32Array>('cell');
  const clock = localClock(q.zone);
  const groups = new Map<
    string,
    { cell: string; period: DwellRow['period']; n: number; days: Set<string> }
  >();
  for (let i = 0; i < legs.length; i++) {
    const c = cell[i] as number;
    if (c < 0) continue;
    const f = clock(legs.t[i] as number);
    const period = inHours(f.hour, q.nightHours) ? 'night' : 'day';
    const key = `${c}|${period}`;
    let g = groups.get(key);
    if (g === undefined) groups.set(key, (g = { cell: ix.cell(c), period, n: 0, days: new Set() }));
    g.n++;
    g.days.add(f.day);
  }
  const cmp = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);
  return [...groups.values()]
    .map((g) => ({ cell: g.cell, period: g.period, n: g.n, days: g.days.size }))
    .sort((a, b) => b.n - a.n || b.days - a.days || cmp(a.cell, b.cell) || cmp(a.period, b.period));
}
