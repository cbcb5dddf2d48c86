import type { ProfileFacts, ProfileQuery } from '../../comms-port.js';
import type { CommsIndex } from './comms-index.js';
import { localClock } from './local-clock.js';

const BUSIEST_DAYS = 5;
const SILENCES = 20;

const byText = (x: string, y: string): number => (x < y ? -1 : x > y ? 1 : 0);

/** The facts of a profile, from one read of the party's legs in the window. */
export function profileFrom(ix: CommsIndex, q: ProfileQuery): ProfileFacts {
  const no = ix.partyNo(q.party);
  const legs = no === undefined ? undefined : ix.legs(no, q.window);
  const n = legs?.length ?? 0;
  if (legs === undefined || n === 0) {
    return {
      events: 0,
      firstMs: null,
      lastMs: null,
      byKind: [],
      contacts: 0,
      devices: [],
      sims: [],
      cells: 0,
      busiestDays: [],
      silences: [],
    };
  }
  const [kind, dir, other, cell, imei, imsi] = [
    legs.col<Uint8Array>('kind'),
    legs.col<Uint8Array>('dir'),
    legs.col<Int32Array>('other'),
    legs.col<Int32Array>('cell'),
    legs.col<Int32Array>('imei'),
    legs.col<Int32Array>('imsi'),
  ];
  const kinds = new Map<number, number>();
  const others = new Set<number>();
  const cells = new Set<number>();
  const imeis = new Set<number>();
  const imsis = new Set<number>();
  const days = new Map<string, number>();
  const clock = localClock(q.zone);
  for (let i = 0; i < n; i++) {
    const kd = (kind[i] as number) * 256 + (dir[i] as number);
    kinds.set(kd, (kinds.get(kd) ?? 0) + 1);
    if ((other[i] as number) >= 0) others.add(other[i] as number);
    if ((cell[i] as number) >= 0) cells.add(cell[i] as number);
    if ((imei[i] as number) >= 0) imeis.add(imei[i] as number);
    if ((imsi[i] as number) >= 0) imsis.add(imsi[i] as number);
    const day = clock(legs.t[i] as number).day;
    days.set(day, (days.get(day) ?? 0) + 1);
  }
  const minGap = Math.round(q.silenceDays * 86400) * 1000;
  const silences: { fromMs: number; toMs: number }[] = [];
  for (let i = 0; i + 1 < n; i++) {
    const [a, b] = [legs.t[i] as number, legs.t[i + 1] as number];
    if (b - a > minGap) silences.push({ fromMs: a, toMs: b });
  }
  return {
    events: n,
    firstMs: legs.t[0] as number,
    lastMs: legs.t[n - 1] as number,
    byKind: [...kinds]
      .map(([kd, count]) => ({
        kind: ix.meta.kinds[kd >> 8] as string,
        dir: ix.meta.dirs[kd & 255] as string,
        n: count,
      }))
      .sort((a, b) => b.n - a.n || byText(a.kind, b.kind) || byText(a.dir, b.dir)),
    contacts: others.size,
    devices: [...imeis].sort((a, b) => a - b).map((i) => ix.meta.imeis[i] as string),
    sims: [...imsis].sort((a, b) => a - b).map((i) => ix.meta.imsis[i] as string),
    cells: cells.size,
    busiestDays: [...days]
      .sort(([da, a], [db, b]) => b - a || byText(da, db))
      .slice(0, BUSIEST_DAYS)
      .map(([day, count]) => ({ day, n: count })),
    silences: silences
      .sort((x, y) => y.toMs - y.fromMs - (x.toMs - x.fromMs) || x.fromMs - y.fromMs)
      .slice(0, SILENCES)
      .map((s) => ({ ...s, days: Math.round(((s.toMs - s.fromMs) / 86_400_000) * 10) / 10 })),
  };
}
