import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { loadSynthCase, phoneId } from './test-support/synthetic-case.js';

const T0 = Date.UTC(2026, 0, 5, 9);
const call = (a: string, b: string, minute: number) => ({
  kind: 'call' as const,
  a,
  b,
  tMs: T0 + minute * 60_000,
  durationS: 30,
  aCell: '208-1-100-1',
});

describe('the communications index behind single-number lookups', () => {
  let ws: Workspace;
  let dir: string;
  let dispose: () => Promise<void>;
  beforeEach(async () => {
    ({ ws, dir, dispose } = await tempWorkspace());
    await ws.createCase({ name: 'ix', region: 'FR', tz: 'Europe/Paris' }, analyst);
  });
  afterEach(async () => dispose());

  it('reflects a later import instead of answering from the index built before it', async () => {
    const [a, b, c] = ['+33612345601', '+33612345602', '+33612345603'];
    await loadSynthCase(ws, dir, 'ix', { events: [call(a, b, 0)] });
    const before = await ws.withCase('ix', (s) => s.comms.contacts(phoneId(a), { limit: 10 }));
    expect(before.map((r) => r.other)).toEqual([phoneId(b)]);

    await loadSynthCase(ws, dir, 'ix', { events: [call(a, c, 5), call(c, a, 9)] });
    const after = await ws.withCase('ix', (s) => s.comms.contacts(phoneId(a), { limit: 10 }));
    expect(after.map((r) => [r.other, r.n, r.nOut, r.nIn])).toEqual([
      [phoneId(c), 2, 1, 1],
      [phoneId(b), 1, 1, 0],
    ]);
    const seen = await ws.withCase('ix', (s) =>
      s.comms.sceneHits([{ label: 'x', cells: ['208-1-100-1'], fromMs: T0, toMs: T0 + 3_600_000 }], 1),
    );
    expect(new Set(seen.map((h) => h.party))).toEqual(new Set([phoneId(a), phoneId(c)]));
  });

  it('is erased with its case', async () => {
    await loadSynthCase(ws, dir, 'ix', { events: [call('+33612345601', '+33612345602', 0)] });
    await ws.withCase('ix', (s) => s.comms.prepare());
    const index = join(dir, 'cases', 'ix.duckdb.comms');
    expect(existsSync(index)).toBe(true);
    await ws.purgeCase('ix', analyst);
    expect(existsSync(index)).toBe(false);
  });
});
