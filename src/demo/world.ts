import { at } from './clock.js';
import { buildCast, type Cast } from './cast.js';
import { buildCells, type Cell } from './geography.js';
import { IdentifierPool } from './identifiers.js';
import { seededRng } from './random.js';
import { sceneTraffic, type SceneCatch } from './scene-traffic.js';
import { arrivalMessages, between, everydayTraffic } from './traffic.js';
import { Whereabout } from './whereabouts.js';
import type { CommEvent } from './world-types.js';

/** The whole synthetic world of one seed: people, cells, and every communication, sorted by time. */
export interface World {
  readonly seed: number;
  readonly scale: number;
  readonly cast: Cast;
  readonly cells: readonly Cell[];
  readonly events: readonly CommEvent[];
  readonly scenes: readonly SceneCatch[];
  readonly where: Whereabout;
  /** A call stamped inside the Europe/Rome autumn fold (25 Oct 2026, 02:00–03:00 happens twice). */
  readonly dstFoldCall: CommEvent;
}

// The second pass through 02:00–03:00 in Rome on 25 Oct 2026 is 01:00–02:00 UTC. A local time there is read
// as the first pass (flagged), so the generator keeps Italian-billed traffic out of it: the file stays exact.
const ROME_FOLD_SECOND_PASS = [Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 9, 25, 2)] as const;

/** Builds the world for `seed`; `scale` (0 < scale ≤ 1, default 1) thins the background traffic. */
export function buildWorld(seed: number, scale = 1): World {
  const rng = seededRng(seed);
  const ids = new IdentifierPool(rng.fork('identifiers'));
  const cast = buildCast(rng.fork('cast'), ids);
  const cells = buildCells();
  const where = new Whereabout(cast.persons, cells, rng.fork('cells'));
  const scenes = sceneTraffic(cast, where, rng.fork('scenes'), ids, scale);
  const italian = new Set(
    cast.persons.filter((p) => p.ref === 'hawala-palermo').flatMap((p) => p.lines.map((l) => l.phone)),
  );
  const byRef = new Map(cast.persons.map((p) => [p.ref, p]));
  const [palermo, tripoli] = [byRef.get('hawala-palermo'), byRef.get('hawala-tripoli')];
  if (!palermo || !tripoli) throw new Error('the cast lacks the money handlers');
  // 00:40 UTC is 02:40 CEST, the first pass through the fold: read back exactly, but flagged.
  const dstFoldCall = between(where, rng.fork('dst'), palermo, tripoli, at(69, 2, 40), 'call');
  if (!dstFoldCall) throw new Error('the money handlers are unreachable at the DST fold');
  const inFold = (e: CommEvent): boolean =>
    e.t >= ROME_FOLD_SECOND_PASS[0] &&
    e.t < ROME_FOLD_SECOND_PASS[1] &&
    (italian.has(e.from) || italian.has(e.to ?? ''));
  const all = [
    ...everydayTraffic(cast, where, rng.fork('everyday'), scale),
    ...scenes.events,
    ...arrivalMessages(cast, where, rng),
    dstFoldCall,
  ].filter((e) => !inFold(e));
  return { seed, scale, cast, cells, events: dedupe(all), scenes: scenes.catches, where, dstFoldCall };
}

/** Sorted by time then parties; one event per (kind, from, to, second), as a network would record it. */
function dedupe(events: CommEvent[]): CommEvent[] {
  const key = (e: CommEvent): string => `${e.t}|${e.kind}|${e.from}|${e.to ?? ''}`;
  const seen = new Set<string>();
  return events
    .sort((a, b) => a.t - b.t || cmp(a.from, b.from) || cmp(a.to ?? '', b.to ?? '') || cmp(a.kind, b.kind))
    .filter((e) => {
      const k = key(e);
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    });
}

const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
