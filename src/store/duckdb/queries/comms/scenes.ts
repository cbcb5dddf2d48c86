import type { Scene, SceneHitRow, TowerDumpRow } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str, strList } from './rows.js';
import { intLit, textList, tsLit } from './sql-values.js';

/** The tower dumps of the case, each a scene of its cells over its window. */
export async function listTowerDumps(db: Db): Promise<TowerDumpRow[]> {
  const rows = await db.all(
    `SELECT id, label, cells, epoch_ms(from_t) from_ms, epoch_ms(to_t) to_ms FROM tower_dumps ORDER BY from_t, id`,
  );
  return rows.map((r) => ({
    id: str(r.id),
    label: str(r.label),
    cells: (JSON.parse(str(r.cells)) as unknown[]).map(String),
    fromMs: num(r.from_ms),
    toMs: num(r.to_ms),
  }));
}

/**
 * Who was seen at each scene (its cells, `fromMs ≤ t ≤ toMs`), for the parties seen at `minScenes` scenes
 * or more. Each scene is its own range predicate on `cell_obs`, sorted by (cell, t), so it reads only
 * the row groups of its cells and window.
 */
export async function sceneHitsOf(
  db: Db,
  scenes: readonly Scene[],
  minScenes: number,
): Promise<SceneHitRow[]> {
  const wanted = [...new Set(scenes.flatMap((s) => s.cells))];
  if (wanted.length === 0) return [];
  const numbers = new Map(
    (await db.all(`SELECT cell, no FROM comms_cell_no WHERE cell IN ${textList(wanted)}`)).map((r) => [
      str(r.cell),
      num(r.no),
    ]),
  );
  const parts = scenes.flatMap((s, i) =>
    s.cells.flatMap((c) => {
      const no = numbers.get(c);
      return no === undefined
        ? []
        : [
            `SELECT ${i} scene, party, t, event_id FROM comms_obs
             WHERE no = ${intLit(no)} AND t >= ${tsLit(s.fromMs)} AND t <= ${tsLit(s.toMs)}`,
          ];
    }),
  );
  if (parts.length === 0) return [];
  const rows = await db.all(
    `SELECT party, scene, count(*) n, epoch_ms(min(t)) first_ms, epoch_ms(max(t)) last_ms,
            list(event_id ORDER BY t, event_id)[1:5] events
     FROM (${parts.join(' UNION ALL ')})
     GROUP BY party, scene
     QUALIFY count(*) OVER (PARTITION BY party) >= ${intLit(minScenes)}
     ORDER BY party, scene`,
  );
  return rows.map((r) => ({
    party: str(r.party),
    scene: num(r.scene),
    n: num(r.n),
    firstMs: num(r.first_ms),
    lastMs: num(r.last_ms),
    events: strList(r.events),
  }));
}
