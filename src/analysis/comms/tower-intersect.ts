import { SkeinError } from '../../model/index.js';
import type { CommsQueries, Scene } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { keysOf } from './subjects.js';
import { iso } from './time.js';

export interface SceneEvidence {
  readonly scene: string;
  readonly sightings: number;
  readonly first: string;
  readonly last: string;
  /** The earliest sightings at the scene (at most 5 event ids). */
  readonly evidence: readonly string[];
}

export interface TowerIntersectRow {
  readonly party: string;
  readonly partyKey: string;
  readonly scenes: number;
  readonly sightings: number;
  readonly at: readonly SceneEvidence[];
}

/** Scenes from the case's tower dumps (when the analyst gives none). */
export async function dumpScenes(q: CommsQueries): Promise<Scene[]> {
  return (await q.towerDumps()).map((d) => ({
    label: d.label || d.id,
    cells: d.cells,
    fromMs: d.fromMs,
    toMs: d.toMs,
  }));
}

/** Refuses scenes without cells or with a window that ends before it starts. */
export function checkScenes(scenes: readonly Scene[]): void {
  for (const s of scenes) {
    if (s.cells.length === 0) {
      throw new SkeinError('COMMS_EMPTY_SCENE', `Scene ${s.label} names no cells.`, { input: s.label });
    }
    if (s.fromMs > s.toMs) {
      throw new SkeinError('COMMS_BAD_WINDOW', `Scene ${s.label} ends before it starts.`, { input: s.label });
    }
  }
}

/** Parties seen at `minScenes` or more of the scenes, most scenes first, with their sightings as evidence. */
export async function towerIntersect(
  q: CommsQueries,
  scenes: readonly Scene[],
  o: { readonly minScenes: number; readonly limit: number },
): Promise<CommsResult<TowerIntersectRow>> {
  if (scenes.length === 0)
    return result([], 'There are no scenes: give --scene, or import tower dumps into the case.');
  checkScenes(scenes);
  const min = Math.min(Math.max(1, o.minScenes), scenes.length);
  const hits = await q.sceneHits(scenes, min);
  const byParty = new Map<string, SceneEvidence[]>();
  for (const h of hits) {
    const list = byParty.get(h.party) ?? [];
    list.push({
      scene: scenes[h.scene]?.label ?? String(h.scene),
      sightings: h.n,
      first: iso(h.firstMs),
      last: iso(h.lastMs),
      evidence: h.events,
    });
    byParty.set(h.party, list);
  }
  const ranked = [...byParty.entries()]
    .map(([party, at]) => ({ party, at, sightings: at.reduce((s, x) => s + x.sightings, 0) }))
    .sort((x, y) => y.at.length - x.at.length || y.sightings - x.sightings || x.party.localeCompare(y.party))
    .slice(0, o.limit);
  if (ranked.length === 0)
    return result([], `Nobody was seen at ${min} or more of the ${scenes.length} scenes.`);
  const keys = await keysOf(
    q,
    ranked.map((r) => r.party),
  );
  return result(
    ranked.map((r) => ({
      party: r.party,
      partyKey: keys.get(r.party) ?? r.party,
      scenes: r.at.length,
      sightings: r.sightings,
      at: r.at,
    })),
  );
}
