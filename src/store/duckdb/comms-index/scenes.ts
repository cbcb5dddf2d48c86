import type { Scene, SceneHitRow } from '../../comms-port.js';
import type { CommsIndex, ObsSlice } from './comms-index.js';

/** A sighting in a cell's slice; its event id is spelled out only if it is kept as evidence. */
interface Sighting {
  readonly t: number;
  readonly obs: ObsSlice;
  readonly row: number;
}

interface Hit {
  n: number;
  first: number;
  last: number;
  /** The earliest sightings, in (t, event id) order, at most five. */
  events: Sighting[];
}

const EVIDENCE = 5;
const EVENT_WORDS = ['ev0', 'ev1', 'ev2'] as const;

/**
 * Who was seen at each scene (its cells, `fromMs ≤ t ≤ toMs`), for the parties seen at `minScenes` scenes
 * or more. Each cell of a scene is one contiguous read of the cell's sightings, cut to the window. Most
 * parties at a busy cell are passers-by seen at one scene, so a first pass only counts scenes per party and
 * the second gathers counts and evidence for those who qualify.
 */
export function sceneHitsFrom(ix: CommsIndex, scenes: readonly Scene[], minScenes: number): SceneHitRow[] {
  const slices: { scene: number; obs: ObsSlice; party: Int32Array }[] = [];
  scenes.forEach((s, scene) => {
    for (const cell of new Set(s.cells)) {
      const no = ix.cellNo(cell);
      if (no === undefined) continue;
      const obs = ix.obs(no, s.fromMs, s.toMs);
      if (obs.length > 0) slices.push({ scene, obs, party: obs.col<Int32Array>('party') });
    }
  });
  const seenAt = new Map<number, Set<number>>();
  for (const { scene, party } of slices)
    for (const p of party) {
      let at = seenAt.get(p);
      if (at === undefined) seenAt.set(p, (at = new Set()));
      at.add(scene);
    }
  const hits = new Map<number, Map<number, Hit>>();
  for (const [p, at] of seenAt) if (at.size >= minScenes) hits.set(p, new Map());
  for (const { scene, obs, party } of slices)
    for (let i = 0; i < obs.length; i++) {
      const byScene = hits.get(party[i] as number);
      if (byScene === undefined) continue;
      const t = obs.t[i] as number;
      let h = byScene.get(scene);
      if (h === undefined) byScene.set(scene, (h = { n: 0, first: t, last: t, events: [] }));
      h.n++;
      h.first = Math.min(h.first, t);
      h.last = Math.max(h.last, t);
      keepEarliest(h.events, { t, obs, row: i });
    }
  return [...hits]
    .sort(([a], [b]) => a - b)
    .flatMap(([p, byScene]) =>
      [...byScene]
        .sort(([a], [b]) => a - b)
        .map(([scene, h]) => ({
          party: ix.party(p),
          scene,
          n: h.n,
          firstMs: h.first,
          lastMs: h.last,
          events: h.events.map((e) => e.obs.eventId(e.row)),
        })),
    );
}

/** Whether `x` comes before `y` in (t, event id) order; ids are three fixed-width hex words. */
function before(x: Sighting, y: Sighting): boolean {
  if (x.t !== y.t) return x.t < y.t;
  for (const col of EVENT_WORDS) {
    const a = x.obs.col<Uint32Array>(col)[x.row] as number;
    const b = y.obs.col<Uint32Array>(col)[y.row] as number;
    if (a !== b) return a < b;
  }
  return false;
}

function keepEarliest(events: Sighting[], s: Sighting): void {
  if (events.length === EVIDENCE && before(events[EVIDENCE - 1]!, s)) return;
  let at = events.length;
  while (at > 0 && !before(events[at - 1]!, s)) at--;
  events.splice(at, 0, s);
  if (events.length > EVIDENCE) events.pop();
}
