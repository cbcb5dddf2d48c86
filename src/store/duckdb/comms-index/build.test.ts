import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { CASE_MIGRATIONS } from '../migrations/case.js';
import { refreshDerived } from '../queries/comms/derived.js';
import { tempDb } from '../test-support/temp-db.js';
import { buildCommsIndex } from './build.js';
import { CommsIndex } from './comms-index.js';

describe('communications index build', () => {
  const t = tempDb();
  beforeEach(async () => {
    const { db } = t;
    await migrate(db, CASE_MIGRATIONS);
    // 400 events among 30 numbers over 12 cells: some withheld parties, self-calls, cells on either side,
    // and extra sightings that only a later source reported.
    await db.run(`
      INSERT INTO events
        SELECT 'evt_' || substr(sha256(i::VARCHAR), 1, 24), CASE WHEN i % 7 = 0 THEN 'sms' ELSE 'call' END,
               '2026-05-01'::TIMESTAMPTZ + to_seconds((i * 7919) % 86400 * 3), i % 300,
               CASE WHEN i % 11 = 0 THEN NULL ELSE 'phn_' || (i * 13) % 30 END,
               CASE WHEN i % 17 = 0 THEN NULL ELSE 'phn_' || (i * 31) % 30 END, NULL, NULL, '{}',
               CASE WHEN i % 2 = 0 THEN '1-1-1-' || i % 12 END, CASE WHEN i % 5 = 0 THEN 'imei' || i % 4 END, NULL,
               CASE WHEN i % 3 = 0 THEN '1-1-1-' || (i * 5) % 12 END, NULL, CASE WHEN i % 9 = 0 THEN 'imsi' || i % 3 END
        FROM range(400) r(i);
      INSERT INTO cell_obs_extra
        SELECT '1-1-1-99', t, a, id, dump_id FROM events WHERE a IS NOT NULL AND hash(id) % 10 = 0`);
    await refreshDerived(db);
  });

  async function files(at: string): Promise<Map<string, Buffer>> {
    const names = (await readdir(at)).sort();
    return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(at, n))] as const)));
  }

  it('writes the same index whether the legs are sorted at once or one range of parties at a time', async () => {
    const { db, dir } = t;
    await buildCommsIndex(db, join(dir, 'whole'), 'stamp');
    await buildCommsIndex(db, join(dir, 'ranges'), 'stamp', 37);
    const [whole, ranges] = [await files(join(dir, 'whole')), await files(join(dir, 'ranges'))];
    expect([...ranges.keys()]).toEqual([...whole.keys()]);
    for (const [name, bytes] of whole) expect(ranges.get(name)?.equals(bytes), name).toBe(true);
  });

  it('holds every leg and sighting of the views, grouped and in time order', async () => {
    const { db, dir } = t;
    await buildCommsIndex(db, join(dir, 'ix'), 'stamp', 37);
    const ix = CommsIndex.open(join(dir, 'ix'));
    expect(ix).toBeDefined();
    const legs = await db.all(`SELECT party, count(*)::INTEGER n, min(t) first_t FROM legs GROUP BY 1`);
    for (const l of legs) {
      const slice = ix!.legs(ix!.partyNo(String(l.party))!);
      expect(slice.length, String(l.party)).toBe(l.n);
      const times = [...slice.t];
      expect(times).toEqual([...times].sort((x, y) => x - y));
      expect(times[0]).toBe(new Date(String(l.first_t)).getTime());
    }
    ix!.close();
  });
});
