import { describe, expect, it } from 'vitest';
import { migrate } from '../migrate.js';
import { tempDb } from '../test-support/temp-db.js';
import { CASE_MIGRATIONS } from './case.js';

const LEGS = `SELECT party, other, dir, kind, t, duration_s, cell, imei, imsi, event_id FROM legs ORDER BY ALL`;
const OBS = `SELECT cell, t, party, event_id, dump_id FROM cell_obs ORDER BY ALL`;

// A case written before version 2 kept legs and sightings as tables; after the migration the views must
// answer with exactly the same rows, or an existing case would lose sightings on upgrade.
describe('case migration 2: sightings on the event row', () => {
  const temp = tempDb();

  it('keeps every leg and every sighting of a version-1 case', async () => {
    const { db } = temp;
    await migrate(db, CASE_MIGRATIONS.slice(0, 1));
    const t = `'2026-05-03 10:00:00+00'::TIMESTAMPTZ`;
    await db.run(`
      INSERT INTO events VALUES
        ('evt_1', 'call', ${t}, 61, 'phn_a', 'phn_b', NULL, NULL, '{}'),
        ('evt_2', 'sms', ${t}, NULL, NULL, 'phn_b', NULL, NULL, '{}'),
        ('evt_3', 'data', ${t}, 5, 'phn_c', NULL, NULL, 'tdp_1', '{}'),
        ('evt_4', 'call', ${t}, 9, 'phn_a', 'phn_a', NULL, NULL, '{}');
      INSERT INTO legs VALUES
        ('phn_a', 'phn_b', 'out', 'call', ${t}, 61, '1-1-1-1', 'imei_a', 'imsi_a', 'evt_1'),
        ('phn_b', 'phn_a', 'in', 'call', ${t}, 61, '1-1-1-2', NULL, 'imsi_b', 'evt_1'),
        ('phn_b', NULL, 'in', 'sms', ${t}, NULL, NULL, NULL, NULL, 'evt_2'),
        ('phn_c', NULL, 'out', 'data', ${t}, 5, '1-1-1-3', NULL, NULL, 'evt_3'),
        ('phn_a', 'phn_a', 'out', 'call', ${t}, 9, '1-1-1-4', NULL, NULL, 'evt_4'),
        ('phn_a', 'phn_a', 'in', 'call', ${t}, 9, '1-1-1-5', NULL, NULL, 'evt_4');
      INSERT INTO cell_obs VALUES
        ('1-1-1-1', ${t}, 'phn_a', 'evt_1', NULL),
        ('1-1-1-2', ${t}, 'phn_b', 'evt_1', NULL),
        ('1-1-1-9', ${t}, 'phn_a', 'evt_1', NULL),
        ('1-1-1-8', ${t}, 'phn_b', 'evt_2', NULL),
        ('1-1-1-3', ${t}, 'phn_c', 'evt_3', 'tdp_1'),
        ('1-1-1-4', ${t}, 'phn_a', 'evt_4', NULL),
        ('1-1-1-5', ${t}, 'phn_a', 'evt_4', NULL)`);
    const before = { legs: await db.all(LEGS), obs: await db.all(OBS) };
    expect(await migrate(db, CASE_MIGRATIONS)).toBe(1);
    expect({ legs: await db.all(LEGS), obs: await db.all(OBS) }).toEqual(before);
    // Only the sightings no event row holds are kept apart: a second cell, and one whose leg had none.
    expect(await db.all(`SELECT cell, party FROM cell_obs_extra ORDER BY cell`)).toEqual([
      { cell: '1-1-1-8', party: 'phn_b' },
      { cell: '1-1-1-9', party: 'phn_a' },
    ]);
  });
});
