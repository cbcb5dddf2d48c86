import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCommsAnalysis } from '../../analysis/comms/index.js';
import { buildDemoCase } from '../../demo/index.js';
import type { Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import type { MapFragment, Place } from '../../model/api/index.js';
import { mapLayers } from './map-layers.js';

let ws: Workspace;
let dispose: () => Promise<void>;
let layers: MapFragment;
let dumpLabels: string[];

const ofKind = (kind: Place['kind']): Place[] => layers.places.filter((p) => p.kind === kind);

beforeAll(async () => {
  ({ ws, dispose } = await tempWorkspace());
  const demo = await buildDemoCase(ws, { actor: analyst, scale: 0.05 });
  const ctx = { ws, actor: analyst, caseName: demo.caseName };
  const suspects = await runCommsAnalysis(ws, demo.caseName, { kind: 'tower-intersect' }, analyst);
  const parties = (suspects.result.rows as { party: string }[]).map((r) => r.party).slice(0, 4);
  dumpLabels = (await ws.withCase(demo.caseName, (s) => s.comms.towerDumps())).map((d) => d.label || d.id);
  layers = await mapLayers(ctx, parties);
}, 180_000);
afterAll(() => dispose());

describe('map layers of the demo case', () => {
  it('draws every tower dump as its cells, labelled and dated, linked to its chart scene', () => {
    const scenes = ofKind('scene');
    expect(scenes.length).toBeGreaterThan(0);
    expect(new Set(scenes.map((s) => s.label))).toEqual(new Set(dumpLabels));
    for (const s of scenes) {
      expect(s.from && s.to && s.from <= s.to).toBe(true);
      expect(s.entities.map((e) => e.id)).toEqual([`scene:${s.label}`]);
    }
  });

  it('draws where two suspects met, naming both, and their night and day places, dated', () => {
    const met = ofKind('colocation');
    expect(met.length).toBeGreaterThan(0);
    for (const m of met) expect(m.entities).toHaveLength(2);
    const dwell = ofKind('dwell');
    expect(dwell.length).toBeGreaterThan(0);
    for (const p of [...met, ...dwell]) expect(p.from && p.to && p.from <= p.to).toBe(true);
  });

  it('never draws a bare point: every place is a sector ring or a circle with a radius', () => {
    for (const p of layers.places) {
      const isSector = p.area.shape === 'sector' && (p.area.ring?.length ?? 0) > 3;
      expect(isSector || (p.area.shape === 'circle' && p.area.radiusM > 0), p.area.cell).toBe(true);
    }
  });
});
