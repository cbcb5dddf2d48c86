import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDemoCase, type GroundTruth } from '../../demo/index.js';
import type { Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { runCaseNetwork } from '../network/index.js';
import { runCommsAnalysis } from './service.js';

// The demo case is generated with a known truth; the analyses must find it, not be told it.
let ws: Workspace;
let dispose: () => Promise<void>;
let gt: GroundTruth;
let caseName: string;

beforeAll(async () => {
  ({ ws, dispose } = await tempWorkspace());
  const demo = await buildDemoCase(ws, { actor: analyst, scale: 0.05 });
  gt = demo.groundTruth;
  caseName = demo.caseName;
}, 180_000);
afterAll(() => dispose());

const rowsOf = async <R>(request: Record<string, unknown>): Promise<R[]> =>
  (await runCommsAnalysis(ws, caseName, request, analyst)).result.rows as R[];

describe('the analyses find the demo case’s ground truth', () => {
  it('names the replacement phone first for every number that was dropped', async () => {
    expect(gt.replacements.length).toBeGreaterThan(0);
    for (const r of gt.replacements) {
      const rows = await rowsOf<{ candidateKey: string }>({ kind: 'successors', subject: r.oldPhone });
      expect(rows[0]?.candidateKey, `successor of ${r.oldPhone}`).toBe(r.newPhone);
    }
  });

  it('places every crew member seen at two or more scenes in the tower-dump intersection', async () => {
    const scenesOf = new Map<string, number>();
    for (const s of gt.scenes)
      for (const c of s.crew) scenesOf.set(c.phone, (scenesOf.get(c.phone) ?? 0) + 1);
    const recurring = [...scenesOf].filter(([, n]) => n >= 2).map(([p]) => p);
    expect(recurring.length).toBeGreaterThan(0);
    const rows = await rowsOf<{ partyKey: string; scenes: number }>({
      kind: 'tower-intersect',
      minScenes: 2,
      limit: 1000,
    });
    const found = new Map(rows.map((r) => [r.partyKey, r.scenes]));
    for (const p of recurring) expect(found.get(p), `crew phone ${p}`).toBe(scenesOf.get(p));
  });

  it('shows the handset that carried several numbers and several SIMs', async () => {
    type Row = { kind: string; subject: string; members: { member: string }[] };
    const rows = await rowsOf<Row>({ kind: 'handsets', limit: 500 });
    const members = (kind: string, imei: string): string[] | undefined =>
      rows
        .find((r) => r.kind === kind && r.subject === imei)
        ?.members.map((m) => m.member)
        .sort();
    expect(gt.sharedDevices.length).toBeGreaterThan(0);
    for (const d of gt.sharedDevices) {
      expect(members('shared-device', d.imei), `numbers in ${d.imei}`).toEqual([...d.phones].sort());
      expect(members('multi-sim-device', d.imei), `SIMs in ${d.imei}`).toEqual([...d.imsis].sort());
    }
  });

  it('ranks an organiser among the top five persons of the network', async () => {
    const organisers = new Set(gt.persons.filter((p) => p.isOrganiser).map((p) => p.name));
    const r = await runCaseNetwork(
      ws,
      caseName,
      { metric: 'pagerank', projectPersons: true, entityKinds: ['person'], top: 5 },
      analyst,
    );
    expect(r.rows.some((row) => organisers.has(String(row.label)))).toBe(true);
  });
});
