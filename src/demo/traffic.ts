import { at, DAY_MS, HOUR_MS, PERIOD_DAYS, PERIOD_START_MS } from './clock.js';
import type { Cast } from './cast.js';
import type { Rng } from './random.js';
import type { Whereabout } from './whereabouts.js';
import type { CommEvent, Person } from './world-types.js';

/** Personal calls per day are `contactRate` × this; data sessions per day of a subscriber with a data plan. */
const PERSONAL_FACTOR = 3.5;
const DATA_PER_DAY = 8;

// Relative activity by local hour (Libya, UTC+2): quiet at night, busiest in the evening.
const HOUR_WEIGHTS = [3, 2, 1, 1, 1, 2, 5, 10, 15, 20, 20, 20, 20, 20, 20, 20, 20, 22, 25, 25, 22, 18, 12, 6];
const HOUR_TOTAL = HOUR_WEIGHTS.reduce((a, b) => a + b, 0);

/** An instant on `day`, following the daily rhythm. */
export function dailyInstant(rng: Rng, day: number): number {
  let x = rng.next() * HOUR_TOTAL;
  let hour = 0;
  while (hour < 23 && (x -= HOUR_WEIGHTS[hour] ?? 0) >= 0) hour += 1;
  return PERIOD_START_MS + day * DAY_MS + hour * HOUR_MS + rng.int(0, 3599) * 1000;
}

/** A call's length in seconds: mostly short, sometimes long. */
export function callSeconds(rng: Rng): number {
  return Math.min(3600, 5 + Math.floor(Math.exp(rng.next() * 6)));
}

/** One call or SMS between two persons at `t`, or undefined when either cannot be reached. */
export function between(
  w: Whereabout,
  rng: Rng,
  a: Person,
  b: Person,
  t: number,
  kind?: 'call' | 'sms',
): CommEvent | undefined {
  const sa = w.side(a, t);
  const sb = w.side(b, t);
  if (!sa || !sb) return undefined;
  const [x, y] = rng.chance(0.5) ? [sa, sb] : [sb, sa];
  const k = kind ?? (rng.chance(0.65) ? 'call' : 'sms');
  return {
    t,
    kind: k,
    from: x.line.phone,
    to: y.line.phone,
    durationS: k === 'call' ? callSeconds(rng) : 0,
    fromSide: x.side,
    toSide: y.side,
  };
}

/** A call or SMS between a person and a number outside the story (no side seen for the number). */
export function withOutsider(
  w: Whereabout,
  rng: Rng,
  p: Person,
  other: string,
  t: number,
): CommEvent | undefined {
  const s = w.side(p, t);
  if (!s) return undefined;
  const kind = rng.chance(0.6) ? 'call' : 'sms';
  const durationS = kind === 'call' ? callSeconds(rng) : 0;
  return rng.chance(0.5)
    ? { t, kind, from: s.line.phone, to: other, durationS, fromSide: s.side }
    : { t, kind, from: other, to: s.line.phone, durationS, toSide: s.side };
}

/**
 * The everyday traffic of the story: calls and SMS along the ties, personal calls, and data sessions.
 * `scale` thins personal traffic and data only, so the network's own pattern survives any scale.
 */
export function everydayTraffic(cast: Cast, w: Whereabout, rng: Rng, scale: number): CommEvent[] {
  const byRef = new Map(cast.persons.map((p) => [p.ref, p]));
  const out: CommEvent[] = [];
  const push = (e: CommEvent | undefined): void => {
    if (e) out.push(e);
  };
  for (const [ra, rb, rate] of cast.ties) {
    const a = byRef.get(ra);
    const b = byRef.get(rb);
    if (!a || !b) throw new Error(`tie to an unknown person: ${ra}–${rb}`);
    const r = rng.fork(`tie:${ra}:${rb}`);
    for (let d = 0; d < PERIOD_DAYS; d++) {
      for (let n = r.poisson(rate); n > 0; n--) push(between(w, r, a, b, dailyInstant(r, d)));
    }
  }
  for (const p of cast.persons) {
    const r = rng.fork(`personal:${p.ref}`);
    for (let d = 0; d < PERIOD_DAYS; d++) {
      for (let n = r.poisson(p.contactRate * PERSONAL_FACTOR * scale); n > 0; n--) {
        const t = dailyInstant(r, d);
        const list = p.contactsAfter && t >= p.contactsAfter.fromMs ? p.contactsAfter.contacts : p.contacts;
        // Zipf-like: the first contacts (close family) are called far more than the last.
        const other = list[Math.min(list.length - 1, Math.floor(list.length * r.next() ** 2.5))];
        if (other !== undefined) push(withOutsider(w, r, p, other, t));
      }
      if (p.role === 'migrant') continue;
      for (let n = r.poisson(DATA_PER_DAY * scale); n > 0; n--) {
        const t = dailyInstant(r, d);
        const s = w.side(p, t);
        if (s)
          out.push({ t, kind: 'data', from: s.line.phone, durationS: r.int(30, 1800), fromSide: s.side });
      }
    }
  }
  return out;
}

/** Migrants of group A text the coordinator on landing in Lampedusa: "we arrived". */
export function arrivalMessages(cast: Cast, w: Whereabout, rng: Rng): CommEvent[] {
  const coordinator = cast.persons.find((p) => p.ref === 'coordinator');
  if (!coordinator) return [];
  const r = rng.fork('arrival');
  return cast.persons
    .filter((p) => p.ref.startsWith('migrant-a') && r.chance(0.5))
    .map((p) => between(w, r, p, coordinator, at(61, 19) + r.int(0, 7200) * 1000, 'sms'))
    .filter((e): e is CommEvent => e !== undefined)
    .map((e) => swapSides(e, coordinator));
}

/** Keeps the migrant as the sender after `between` chose a random direction. */
function swapSides(e: CommEvent, coordinator: Person): CommEvent {
  const coordinatorPhones = new Set(coordinator.lines.map((l) => l.phone));
  if (!coordinatorPhones.has(e.from)) return e;
  const { fromSide, toSide } = e;
  return {
    t: e.t,
    kind: e.kind,
    from: e.to ?? e.from,
    to: e.from,
    durationS: e.durationS,
    ...(toSide ? { fromSide: toSide } : {}),
    ...(fromSide ? { toSide: fromSide } : {}),
  };
}
