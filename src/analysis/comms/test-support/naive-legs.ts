import { eventId } from '../../../model/index.js';
import { phoneId, type SynthEvent } from './synthetic-case.js';

/** A leg as the oracle sees it: one per party per event, built from the synthetic events by hand. */
export interface NaiveLeg {
  readonly party: string;
  readonly other: string | null;
  readonly dir: 'out' | 'in';
  readonly kind: string;
  readonly t: number;
  readonly dur: number;
  readonly cell: string | null;
  readonly imei: string | null;
  readonly imsi: string | null;
  readonly event: string;
}

export const COMM = new Set(['call', 'sms', 'mms', 'data', 'message']);

/** Legs of the events, the way the store is specified to build them (both sides, cells per side). */
export function naiveLegs(events: readonly SynthEvent[]): NaiveLeg[] {
  const legs: NaiveLeg[] = [];
  for (const e of events) {
    const a = phoneId(e.a);
    const b = e.b === undefined ? null : phoneId(e.b);
    const event = eventId({
      kind: e.kind,
      from: a,
      ...(b === null ? {} : { to: b }),
      startUtcMs: e.tMs,
      durationS: e.durationS,
      ...(e.dumpId === undefined ? {} : { dumpId: e.dumpId }),
    });
    const base = { kind: e.kind, t: e.tMs, dur: e.durationS, event };
    legs.push({
      ...base,
      party: a,
      other: b,
      dir: 'out',
      cell: e.aCell ?? null,
      imei: e.aImei ?? null,
      imsi: e.aImsi ?? null,
    });
    if (b !== null)
      legs.push({ ...base, party: b, other: a, dir: 'in', cell: e.bCell ?? null, imei: null, imsi: null });
  }
  return legs;
}

/** Communication ties of a leg (the contact analyses count only these). */
export const isTie = (l: NaiveLeg): l is NaiveLeg & { other: string } =>
  l.other !== null && l.other !== l.party && COMM.has(l.kind);

export function groupBy<T>(xs: readonly T[], key: (x: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const x of xs) {
    const k = key(x);
    const list = m.get(k);
    if (list) list.push(x);
    else m.set(k, [x]);
  }
  return m;
}

/** Distinct contacts of every party (ties only). */
export function contactSets(legs: readonly NaiveLeg[]): Map<string, Set<string>> {
  const m = new Map<string, Set<string>>();
  for (const l of legs.filter(isTie)) {
    const s = m.get(l.party) ?? new Set<string>();
    s.add(l.other);
    m.set(l.party, s);
  }
  return m;
}

/** Local weekday (1 = Monday), hour and date of an instant in an IANA zone, by Intl (independent of SQL). */
export function localParts(t: number, zone: string): { weekday: number; hour: number; date: string } {
  const f = new Intl.DateTimeFormat('en-GB', {
    timeZone: zone,
    weekday: 'short',
    hour: '2-digit',
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  });
  const p = Object.fromEntries(f.formatToParts(new Date(t)).map((x) => [x.type, x.value]));
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(String(p.weekday)) + 1;
  return { weekday, hour: Number(p.hour), date: `${p.year}-${p.month}-${p.day}` };
}
