import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { IMPORTERS } from '../../ingest/index.js';
import { importFile, type Workspace } from '../../intel/index.js';
import { scriptedImporter } from '../../intel/test-support/scripted-importer.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { runCaseEgo, runCaseNetwork } from './case-service.js';

let ws: Workspace;
let dir: string;
let dispose: () => Promise<void>;

const BOSS = '+447700900001';
const boss2 = '+447700900002';
const crew = ['+447700900011', '+447700900012', '+447700900013', '+447700900014'];
const T0 = Date.parse('2026-03-01T00:00:00Z');

beforeEach(async () => {
  ({ ws, dir, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'net', region: 'GB' }, analyst);
  // The boss uses two phones; each crew phone calls the first, and one crew member the second, later.
  const calls = [
    ...crew.flatMap((c, i) => [`${c},${BOSS},${T0 + i * 60_000}`, `${BOSS},${c},${T0 + i * 60_000 + 1}`]),
    `${crew[0]},${boss2},${T0 + 40 * 86_400_000}`,
    `${crew[1]},${crew[2]},${T0 + 5}`,
  ];
  await writeFile(join(dir, 'calls.txt'), calls.join('\n'));
  await writeFile(
    join(dir, 'people.jsonl'),
    [
      `{"record":"entity","kind":"person","ref":"B","label":"Abdelkader Hajj"}`,
      `{"record":"link","kind":"uses","from":"B","to":"phone:${BOSS}"}`,
      `{"record":"link","kind":"uses","from":"B","to":"phone:${boss2}"}`,
    ].join('\n'),
  );
  const callFile = { caseName: 'net', path: join(dir, 'calls.txt'), options: {} };
  await importFile(ws, { ...callFile, importer: scriptedImporter }, analyst);
  await importFile(
    ws,
    { caseName: 'net', importer: IMPORTERS.entities!, path: join(dir, 'people.jsonl'), options: {} },
    analyst,
  );
});
afterEach(() => dispose());

describe('network analysis on a case', () => {
  it('ranks the hub phone first by PageRank, with its label and kind', async () => {
    const r = await runCaseNetwork(ws, 'net', { eventKinds: ['call'], linkKinds: [] }, analyst);
    expect(r.metric).toBe('pagerank');
    expect(r.rows[0]).toMatchObject({ rank: 1, label: BOSS, kind: 'phone' });
    expect(r.nodeCount).toBe(6);
  });

  it('projects phones onto the person who uses them', async () => {
    const r = await runCaseNetwork(ws, 'net', { metric: 'degree', projectPersons: true }, analyst);
    expect(r.rows[0]).toMatchObject({ label: 'Abdelkader Hajj', kind: 'person', degree: 4 });
    // Both of the boss's phones merged into him: five nodes, not six.
    expect(r.nodeCount).toBe(5);
  });

  it('keeps only the events inside the window', async () => {
    const r = await runCaseNetwork(
      ws,
      'net',
      { metric: 'degree', from: new Date(T0 + 30 * 86_400_000).toISOString(), linkKinds: [] },
      analyst,
    );
    expect(r.nodeCount).toBe(2);
    expect(r.rows.map((x) => x.label).sort()).toEqual([crew[0], boss2].sort());
  });

  it('names community members and records the consultation', async () => {
    const r = await runCaseNetwork(ws, 'net', { metric: 'communities', projectPersons: true }, analyst);
    expect(String(r.rows[0]?.members)).toContain('Abdelkader Hajj');
    expect(await ws.verifyAudit()).toMatchObject({ ok: true, count: 4 });
  });

  it('gives the ego network of a number in any form, nearest first, and says why when it is empty', async () => {
    const r = await runCaseEgo(ws, 'net', '07700 900011', 1, { linkKinds: [] }, analyst);
    expect(r.rows[0]).toMatchObject({ label: crew[0], distance: 0 });
    expect(r.rows.map((x) => x.label).sort()).toEqual([crew[0], BOSS, boss2].sort());
    const none = await runCaseEgo(
      ws,
      'net',
      '07700 900011',
      1,
      { linkKinds: [], to: '2020-01-01T00:00:00Z' },
      analyst,
    );
    expect(none.rows).toEqual([]);
    expect(none.note).toBeDefined();
    await expect(runCaseEgo(ws, 'net', '07700 900999', 1, {}, analyst)).rejects.toMatchObject({
      code: 'NETWORK_UNKNOWN_SELECTOR',
    });
  });
});
