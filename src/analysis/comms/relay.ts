import type { CommsQueries, OutLegRow, TimeWindow } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { iso } from './time.js';

export interface RelayRow {
  readonly hops: number;
  readonly nodes: readonly string[];
  /** The earliest chain of events along these nodes: each one originated within the window after the last. */
  readonly evidence: readonly { readonly eventId: string; readonly at: string }[];
  /** Time from the first to the last event of that chain, in seconds. */
  readonly spanS: number;
}

const MAX_STEPS = 2_000_000;
const MAX_FRONTIER = 20_000;

/**
 * Time-ordered chains a→…→b of at most `maxHops` communications, each originated by the previous
 * recipient after it was contacted and within `relayMs` (relayed instructions). One row per chain of
 * nodes, shortest first, with its earliest realisation as evidence.
 */
export async function relayPaths(
  q: CommsQueries,
  a: string,
  b: string,
  o: {
    readonly maxHops: number;
    readonly relayMs: number;
    readonly window: TimeWindow;
    readonly limit: number;
  },
): Promise<CommsResult<RelayRow>> {
  const out = new Map<string, OutLegRow[]>();
  // Nodes reached by a valid chain, with their arrival times; only those have their legs fetched.
  let arrivals = new Map<string, number[]>([[a, [-Infinity]]]);
  let cut = false;
  for (let h = 0; h < o.maxHops && arrivals.size > 0; h++) {
    const todo = [...arrivals.keys()].filter((v) => !out.has(v));
    if (todo.length > MAX_FRONTIER) {
      cut = true;
      break;
    }
    for (const v of todo) out.set(v, []);
    for (const l of await q.outLegs(todo, o.window)) out.get(l.party)?.push(l);
    if (h === o.maxHops - 1) break;
    const next = new Map<string, number[]>();
    for (const [v, times] of arrivals) {
      for (const l of out.get(v) ?? []) {
        if (l.other === b || !times.some((t) => valid(t, l.tMs, o.relayMs))) continue;
        next.set(l.other, [...(next.get(l.other) ?? []), l.tMs]);
      }
    }
    arrivals = next;
  }
  const best = new Map<string, OutLegRow[]>();
  let steps = 0;
  const nodes = [a];
  const chain: OutLegRow[] = [];
  const walk = (v: string, at: number): void => {
    if (++steps > MAX_STEPS) return;
    for (const l of out.get(v) ?? []) {
      if (!valid(at, l.tMs, o.relayMs) || nodes.includes(l.other)) continue;
      nodes.push(l.other);
      chain.push(l);
      if (l.other === b) keepEarliest(best, nodes, chain);
      else if (nodes.length <= o.maxHops) walk(l.other, l.tMs);
      chain.pop();
      nodes.pop();
    }
  };
  if (a !== b) walk(a, -Infinity);
  if (steps > MAX_STEPS) cut = true;
  const rows = [...best.entries()].map(([key, legs]) => toRow(key, legs));
  rows.sort((x, y) => x.hops - y.hops || x.spanS - y.spanS || x.nodes.join().localeCompare(y.nodes.join()));
  if (rows.length === 0) {
    return result(
      [],
      cut
        ? 'No relay chain found before the search hit its size limit.'
        : 'No time-ordered relay chain within the window.',
    );
  }
  return result(
    rows.slice(0, o.limit),
    cut ? 'The search hit its size limit; some chains may be missing.' : undefined,
  );
}

/** A leg at `t` continues a chain that arrived at `at` if it follows it, within the relay window. */
function valid(at: number, t: number, relayMs: number): boolean {
  return at === -Infinity || (t > at && t - at <= relayMs);
}

function keepEarliest(
  best: Map<string, OutLegRow[]>,
  nodes: readonly string[],
  chain: readonly OutLegRow[],
): void {
  const key = nodes.join('>');
  const had = best.get(key);
  if (!had || earlier(chain, had)) best.set(key, [...chain]);
}

function earlier(x: readonly OutLegRow[], y: readonly OutLegRow[]): boolean {
  for (let i = 0; i < x.length; i++) {
    const a = x[i] as OutLegRow;
    const b = y[i] as OutLegRow;
    if (a.tMs !== b.tMs) return a.tMs < b.tMs;
    if (a.eventId !== b.eventId) return a.eventId < b.eventId;
  }
  return false;
}

function toRow(key: string, legs: readonly OutLegRow[]): RelayRow {
  const first = legs[0] as OutLegRow;
  const last = legs[legs.length - 1] as OutLegRow;
  return {
    hops: legs.length,
    nodes: key.split('>'),
    evidence: legs.map((l) => ({ eventId: l.eventId, at: iso(l.tMs) })),
    spanS: (last.tMs - first.tMs) / 1000,
  };
}
