import { describe, expect, it } from 'vitest';
import { CommsRequest } from '../../analysis/comms/index.js';
import { isSkeinError } from '../../model/index.js';
import { buildRequest } from './analyze.js';

const flags = { case: 'c', scene: [] as string[] };

describe('skein analyze flags', () => {
  it('builds a request the service schema accepts for every analysis', () => {
    const sel = ['+33612345601', '+33612345602'];
    for (const name of [
      'profile',
      'top-contacts',
      'common-contacts',
      'paths',
      'colocation',
      'handsets',
      'successors',
      'activity',
      'trail',
    ]) {
      expect(
        CommsRequest.safeParse(buildRequest(name, sel, { ...flags, hops: '3', night: '22-6' })).success,
      ).toBe(true);
    }
  });

  it('reads repeated --scene as cells@from..to', () => {
    const r = buildRequest('tower-intersect', [], {
      ...flags,
      scene: [
        '208-1-1-1,208-1-1-2@2026-01-05T10:00Z..2026-01-05T12:00Z',
        '208-1-2-1@2026-01-06T10:00Z..2026-01-06T12:00Z',
      ],
      minScenes: '2',
    });
    expect(r).toMatchObject({
      scenes: [{ cells: ['208-1-1-1', '208-1-1-2'], from: '2026-01-05T10:00Z', to: '2026-01-05T12:00Z' }, {}],
      minScenes: 2,
    });
  });

  it('refuses a malformed scene and an unknown analysis with stable codes', () => {
    const code = (f: () => unknown): string => {
      try {
        f();
      } catch (e) {
        if (isSkeinError(e)) return e.code;
      }
      return 'OK';
    };
    expect(code(() => buildRequest('tower-intersect', [], { ...flags, scene: ['208-1-1-1'] }))).toBe(
      'COMMS_BAD_SCENE',
    );
    expect(code(() => buildRequest('horoscope', [], flags))).toBe('COMMS_UNKNOWN_ANALYSIS');
  });
});
