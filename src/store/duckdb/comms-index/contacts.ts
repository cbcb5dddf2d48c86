import { COMMUNICATION_KINDS } from '../../../model/index.js';
import type {
  CommonContactRow,
  CommonContactsQuery,
  ContactFilter,
  ContactRow,
  OutLegRow,
  PartySpan,
  SuccessorCandidateRow,
  SuccessorQuery,
  TieRow,
  TimeWindow,
} from '../../comms-port.js';
import type { CommsIndex, LegSlice } from './comms-index.js';
import { countLeg, isTieLeg, type TieCounts } from './tie.js';

/** A mask over the index's kind dictionary: which kind numbers count. */
export function kindMask(ix: CommsIndex, kinds: readonly string[] = COMMUNICATION_KINDS): Uint8Array {
  const wanted = new Set(kinds);
  return Uint8Array.from(ix.meta.kinds, (k) => (wanted.has(k) ? 1 : 0));
}

interface Tie extends TieCounts {
  firstI: number;
  lastI: number;
}

/**
 * A party's ties: its communications with another party (not itself), aggregated per counterpart. Legs
 * come in (t, event id) order, so the first and last seen are the first and last event of the tie.
 */
export function tiesOfParty(
  ix: CommsIndex,
  partyNo: number,
  legs: LegSlice,
  kinds: Uint8Array,
): Map<number, Tie> {
  const ties = new Map<number, Tie>();
  if (legs.length === 0) return ties;
  const other = legs.col<Int32Array>('other');
  const kind = legs.col<Uint8Array>('kind');
  const dir = legs.col<Uint8Array>('dir');
  const dur = legs.col<Int32Array>('dur');
  const dirs = { out: ix.meta.dirs.indexOf('out'), in: ix.meta.dirs.indexOf('in') };
  for (let i = 0; i < legs.length; i++) {
    const o = other[i] as number;
    if (!isTieLeg(partyNo, o, kind[i] as number, kinds)) continue;
    const t = legs.t[i] as number;
    let tie = ties.get(o);
    if (tie === undefined) {
      tie = { n: 0, nOut: 0, nIn: 0, dur: 0, first: t, last: t, firstI: i, lastI: i };
      ties.set(o, tie);
    }
    countLeg(tie, t, dir[i] as number, dur[i] as number, dirs);
    tie.lastI = i;
  }
  return ties;
}

const isWhole = (w: TimeWindow | undefined): boolean => w?.fromMs === undefined && w?.toMs === undefined;

/** A party's ties over the whole case, precomputed in the index: no leg is read. */
function storedTies(ix: CommsIndex, partyNo: number): Map<number, Tie> {
  const pairs = ix.pairs(partyNo);
  const ties = new Map<number, Tie>();
  if (pairs.length === 0) return ties;
  const [other, n, nOut, nIn, dur, last] = [
    pairs.col<Int32Array>('other'),
    pairs.col<Int32Array>('n'),
    pairs.col<Int32Array>('nOut'),
    pairs.col<Int32Array>('nIn'),
    pairs.col<Float64Array>('dur'),
    pairs.col<Float64Array>('last'),
  ];
  for (let i = 0; i < pairs.length; i++) {
    ties.set(other[i] as number, {
      n: n[i] as number,
      nOut: nOut[i] as number,
      nIn: nIn[i] as number,
      dur: dur[i] as number,
      first: pairs.t[i] as number,
      last: last[i] as number,
      firstI: i,
      lastI: i,
    });
  }
  return ties;
}

/** A party's counterparts, most events first, then longest, then by id. */
export function contactsFrom(ix: CommsIndex, party: string, f: ContactFilter): ContactRow[] {
  const no = ix.partyNo(party);
  if (no === undefined) return [];
  const stored = isWhole(f.window) && f.kinds === undefined;
  const rows = stored ? ix.pairs(no) : ix.legs(no, f.window);
  const ties = stored ? storedTies(ix, no) : tiesOfParty(ix, no, rows as LegSlice, kindMask(ix, f.kinds));
  const eventAt = (i: number, end: 'first' | 'last'): string =>
    stored ? rows.eventId(i, end === 'first' ? 'fev' : 'lev') : rows.eventId(i);
  const min = f.minCount ?? 1;
  return [...ties]
    .filter(([, t]) => t.n >= min)
    .sort(([oa, a], [ob, b]) => b.n - a.n || b.dur - a.dur || oa - ob)
    .slice(0, f.limit)
    .map(([o, t]) => ({
      other: ix.party(o),
      n: t.n,
      nOut: t.nOut,
      nIn: t.nIn,
      durationS: t.dur,
      firstMs: t.first,
      lastMs: t.last,
      firstEvent: eventAt(t.firstI, 'first'),
      lastEvent: eventAt(t.lastI, 'last'),
    }));
}

/** Counterparts in touch with at least `minSubjects` of the subjects (the subjects themselves excluded). */
export function commonContactsFrom(ix: CommsIndex, q: CommonContactsQuery): CommonContactRow[] {
  const subjects = [...new Set(q.parties)].flatMap((p) => {
    const no = ix.partyNo(p);
    return no === undefined ? [] : [{ id: p, no }];
  });
  const excluded = new Set(subjects.map((s) => s.no));
  const kinds = kindMask(ix);
  const by = new Map<
    number,
    { per: Record<string, number>; subjects: number; total: number; first: number; last: number }
  >();
  for (const s of subjects) {
    const ties = isWhole(q.window)
      ? storedTies(ix, s.no)
      : tiesOfParty(ix, s.no, ix.legs(s.no, q.window), kinds);
    for (const [o, tie] of ties) {
      if (excluded.has(o)) continue;
      const c = by.get(o) ?? { per: {}, subjects: 0, total: 0, first: tie.first, last: tie.last };
      c.per[s.id] = tie.n;
      c.subjects++;
      c.total += tie.n;
      c.first = Math.min(c.first, tie.first);
      c.last = Math.max(c.last, tie.last);
      by.set(o, c);
    }
  }
  return [...by]
    .filter(([, c]) => c.subjects >= q.minSubjects)
    .sort(([oa, a], [ob, b]) => b.subjects - a.subjects || b.total - a.total || oa - ob)
    .slice(0, q.limit)
    .map(([o, c]) => ({
      other: ix.party(o),
      subjects: c.subjects,
      total: c.total,
      perSubject: c.per,
      firstMs: c.first,
      lastMs: c.last,
    }));
}

/**
 * Every aggregated tie of the given parties over the whole case (one step of a path search); with `among`,
 * only ties to those parties, read from the counterpart column alone.
 */
export function tiesFrom(ix: CommsIndex, parties: readonly string[], among?: readonly string[]): TieRow[] {
  const targets = among === undefined ? undefined : new Set(among.flatMap((p) => ix.partyNo(p) ?? []));
  const rows: TieRow[] = [];
  const subjects = [...new Set(parties)].flatMap((p) => ix.partyNo(p) ?? []).sort((a, b) => a - b);
  for (const no of subjects) {
    const pairs = ix.pairs(no);
    if (pairs.length === 0) continue;
    const other = pairs.col<Int32Array>('other');
    const keep: number[] = [];
    for (let i = 0; i < pairs.length; i++) if (targets?.has(other[i] as number) ?? true) keep.push(i);
    if (keep.length === 0) continue;
    const [n, last] = [pairs.col<Int32Array>('n'), pairs.col<Float64Array>('last')];
    const party = ix.party(no);
    for (const i of keep)
      rows.push({
        party,
        other: ix.party(other[i] as number),
        n: n[i] as number,
        firstMs: pairs.t[i] as number,
        lastMs: last[i] as number,
      });
  }
  return rows;
}

/** Communications the given parties originated within the window, in (time, event id) order. */
export function outLegsFrom(ix: CommsIndex, parties: readonly string[], window: TimeWindow): OutLegRow[] {
  const kinds = kindMask(ix);
  const out = ix.meta.dirs.indexOf('out');
  const rows: OutLegRow[] = [];
  for (const p of new Set(parties)) {
    const no = ix.partyNo(p);
    if (no === undefined) continue;
    const legs = ix.legs(no, window);
    if (legs.length === 0) continue;
    const other = legs.col<Int32Array>('other');
    const kind = legs.col<Uint8Array>('kind');
    const dir = legs.col<Uint8Array>('dir');
    for (let i = 0; i < legs.length; i++) {
      const o = other[i] as number;
      if (dir[i] !== out || o < 0 || o === no || kinds[kind[i] as number] !== 1) continue;
      rows.push({ party: p, other: ix.party(o), tMs: legs.t[i] as number, eventId: legs.eventId(i) });
    }
  }
  return rows.sort((a, b) => a.tMs - b.tMs || (a.eventId < b.eventId ? -1 : a.eventId > b.eventId ? 1 : 0));
}

/** First and last activity of a party (any leg) and its number of distinct counterparts. */
export function spanFrom(ix: CommsIndex, party: string): PartySpan | undefined {
  const no = ix.partyNo(party);
  if (no === undefined || ix.legCount(no) === 0) return undefined;
  return {
    party,
    n: ix.legCount(no),
    firstMs: ix.firstSeen[no] as number,
    lastMs: ix.lastSeen[no] as number,
    contacts: ix.tieCount(no),
  };
}

const SHARED_EVIDENCE = 20;

/**
 * Numbers first seen in `[fromMs, toMs]` that share counterparts with `party`, most shared first. Read
 * from the counterparts' side: each counterpart's ties list every number that shares it.
 */
export function successorCandidatesFrom(ix: CommsIndex, q: SuccessorQuery): SuccessorCandidateRow[] {
  const no = ix.partyNo(q.party);
  if (no === undefined) return [];
  const shared = new Map<number, { c: number; n: number }[]>();
  for (const c of storedTies(ix, no).keys()) {
    const pairs = ix.pairs(c);
    if (pairs.length === 0) continue;
    const other = pairs.col<Int32Array>('other');
    const n = pairs.col<Int32Array>('n');
    for (let i = 0; i < pairs.length; i++) {
      const x = other[i] as number;
      const first = ix.firstSeen[x] as number;
      if (x === no || !(first >= q.fromMs && first <= q.toMs)) continue;
      const list = shared.get(x) ?? [];
      list.push({ c, n: n[i] as number });
      shared.set(x, list);
    }
  }
  return [...shared]
    .sort(
      ([xa, a], [xb, b]) =>
        b.length - a.length || (ix.firstSeen[xa] as number) - (ix.firstSeen[xb] as number) || xa - xb,
    )
    .slice(0, q.limit)
    .map(([x, list]) => ({
      party: ix.party(x),
      n: ix.legCount(x),
      firstMs: ix.firstSeen[x] as number,
      lastMs: ix.lastSeen[x] as number,
      contacts: ix.tieCount(x),
      shared: list.length,
      sharedContacts: list
        .sort((a, b) => b.n - a.n || a.c - b.c)
        .slice(0, SHARED_EVIDENCE)
        .map((s) => ix.party(s.c)),
    }));
}
