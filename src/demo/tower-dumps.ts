import type { BillingRow } from './billing.js';
import type { SceneSpec } from './story.js';
import type { World } from './world.js';

/** The cells a scene's dump was requested for: every sector of the place's sites. */
export function sceneCells(world: World, scene: SceneSpec): string[] {
  return world.where.cells(scene.place).map((c) => c.key);
}

/**
 * What the operator returns for a dump: every event served by the scene's cells in its window, one row
 * per served party (keyed by location, not by target), each in the billing row shape.
 */
export function dumpRows(world: World, scene: SceneSpec): BillingRow[] {
  const cells = new Set(sceneCells(world, scene));
  const rows: BillingRow[] = [];
  for (const e of world.events) {
    if (e.t < scene.fromMs || e.t >= scene.toMs) continue;
    const base = { kind: e.kind, t: e.t, durationS: e.durationS };
    if (e.fromSide?.cell !== undefined && cells.has(e.fromSide.cell)) {
      rows.push({
        ...base,
        target: e.from,
        ...(e.to === undefined ? {} : { other: e.to }),
        direction: 'mo',
        side: e.fromSide,
      });
    }
    if (e.to !== undefined && e.toSide?.cell !== undefined && cells.has(e.toSide.cell)) {
      rows.push({ ...base, target: e.to, other: e.from, direction: 'mt', side: e.toSide });
    }
  }
  return rows;
}
