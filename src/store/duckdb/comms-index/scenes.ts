import type { Scene, SceneHitRow } from '../../comms-port.js';
import type { CommsIndex } from './comms-index.js';

interface Hit {
  n: number;
  first: number;
  last: number;
  /** The earliest sightings, as (t, event id), kept sorted and at most five long. */
  events: { t: number; id: string }[];
}

const EVIDENCE = 5;

/**
 * Who was seen at each scene (its cells, `fromMs ≤ t ≤ toMs`), for the parties seen at `minScenes` scenes
 * or more. Each cell of a scene is one contiguous read of the cell's sightings, cut to the window.
 */
export function sceneHitsFrom(ix: CommsIndex, scenes: readonly Scene[], minScenes: number): SceneHitRow[] {
  const hits = new Map<number, Map<number, Hit>>();
  scenes.forEach((s, scene) => {
    for (const cell of new Set(s.cells)) {
      const no = ix.cellNo(cell);
      if (no === undefined) continue;
      const obs = ix.obs(no, s.fromMs, s.toMs);
      if (obs.length === 0) continue;
      const party = obs.col<Int32Array>('party');
      for (let i = 0; i < obs.length; i++) {
        const p = party[i] as number;
        const t = obs.t[i] as number;
        let byScene = hits.get(p);
        if (byScene === undefined) hits.set(p, (byScene = new Map()));
        let h = byScene.get(scene);
        if (h === undefined) byScene.set(scene, (h = { n: 0, first: t, last: t, events: [] }));
        h.n++;
        h.first = Math.min(h.first, t);
        h.last = Math.max(h.last, t);
        keepEarliest(h.events, t, obs.eventId(i));
      }
    }
  });
  return [...hits]
    .filter(([, byScene]) => byScene.size >= minScenes)
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
          events: h.events.map((e) => e.id),
        })),
    );
}

function keepEarliest(events: { t: number; id: string }[], t: number, id: string): void {
  const before = (e: { t: number; id: string }): boolean => e.t < t || (e.t === t && e.id < id);
  if (events.length === EVIDENCE && before(events[EVIDENCE - 1]!)) return;
  let at = events.length;
  while (at > 0 && !before(events[at - 1]!)) at--;
  events.splice(at, 0, { t, id });
  if (events.length > EVIDENCE) events.pop();
}
