import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { isSkeinError } from '../../model/index.js';
import { runCommsAnalysis } from './service.js';
import { loadSynthCase, type SynthEvent } from './test-support/synthetic-case.js';

let ws: Workspace;
let dir: string;
let dispose: () => Promise<void>;

const T = Date.UTC(2026, 0, 5, 9);
const events: SynthEvent[] = [
  {
    kind: 'call',
    a: '+33612345601',
    b: '+33612345602',
    tMs: T,
    durationS: 60,
    aCell: '208-1-1-1',
    aImei: '356938035643809',
  },
  { kind: 'sms', a: '+33612345602', b: '+33612345603', tMs: T + 60_000, durationS: 0, aCell: '208-1-1-1' },
];

beforeEach(async () => {
  ({ ws, dir, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'op-delta', region: 'FR', tz: 'Europe/Paris' }, analyst);
  await loadSynthCase(ws, dir, 'op-delta', { events });
});
afterEach(async () => dispose());

async function codeOf(request: unknown): Promise<string> {
  try {
    await runCommsAnalysis(ws, 'op-delta', request, analyst);
  } catch (e) {
    if (isSkeinError(e)) return e.code;
    throw e;
  }
  return 'OK';
}

describe('runCommsAnalysis', () => {
  it('reads national-format selectors with the case region, cites sources and audits the consultation', async () => {
    const r = await runCommsAnalysis(
      ws,
      'op-delta',
      { kind: 'top-contacts', subject: '06 12 34 56 02' },
      analyst,
    );
    expect(r.subjects.map((s) => s.key)).toEqual(['+33612345602']);
    expect(r.result.rows).toHaveLength(2);
    const cited = Object.values(r.sources).flat();
    expect(cited.length).toBeGreaterThan(0);
    expect(cited[0]).toMatchObject({ row: expect.any(Number), timeZone: 'UTC' });
    const verdict = await ws.verifyAudit();
    expect(verdict.ok).toBe(true);
  });

  it('answers bad input with stable codes', async () => {
    expect(await codeOf({ kind: 'profile', subject: 'not a number' })).toBe('COMMS_BAD_SELECTOR');
    expect(await codeOf({ kind: 'profile', subject: '+33699999999' })).toBe('COMMS_UNKNOWN_SELECTOR');
    expect(await codeOf({ kind: 'profile', subject: '356938035643809' })).toBe('COMMS_NOT_A_PARTY');
    expect(await codeOf({ kind: 'activity', subject: '+33612345601', zone: 'Mars/Olympus' })).toBe(
      'COMMS_BAD_ZONE',
    );
    expect(
      await codeOf({
        kind: 'top-contacts',
        subject: '+33612345601',
        from: '2026-02-01T00:00Z',
        to: '2026-01-01T00:00Z',
      }),
    ).toBe('COMMS_BAD_WINDOW');
    expect(await codeOf({ kind: 'top-contacts', subject: '+33612345601', from: '2026-02-01T00:00' })).toBe(
      'COMMS_BAD_TIME',
    );
    expect(
      await codeOf({
        kind: 'tower-intersect',
        scenes: [{ cells: [], from: '2026-01-05T00:00Z', to: '2026-01-06T00:00Z' }],
      }),
    ).toBe('COMMS_EMPTY_SCENE');
    expect(await codeOf({ kind: 'common-contacts', subjects: ['+33612345601'] })).toBe('COMMS_BAD_REQUEST');
  });

  it('says why a result is empty', async () => {
    const none = await runCommsAnalysis(ws, 'op-delta', { kind: 'tower-intersect' }, analyst);
    expect(none.result.rows).toEqual([]);
    expect(none.result.note).toBeTruthy();
    const handsets = await runCommsAnalysis(
      ws,
      'op-delta',
      { kind: 'handsets', selectors: ['356938035643809'] },
      analyst,
    );
    expect(handsets.result.rows).toEqual([]);
  });

  it('finds a tower-dump scene given on the request and a two-hop path', async () => {
    const scene = { cells: ['208-1-1-1'], from: '2026-01-05T08:00Z', to: '2026-01-05T10:00Z' };
    const r = await runCommsAnalysis(
      ws,
      'op-delta',
      { kind: 'tower-intersect', scenes: [scene], minScenes: 1 },
      analyst,
    );
    expect(r.result.rows.map((x) => (x as { partyKey: string }).partyKey).sort()).toEqual([
      '+33612345601',
      '+33612345602',
    ]);
    const p = await runCommsAnalysis(
      ws,
      'op-delta',
      { kind: 'paths', subjects: ['+33612345601', '+33612345603'] },
      analyst,
    );
    expect(p.result.rows).toHaveLength(1);
  });
});
