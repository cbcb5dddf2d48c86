import { mergeBulkExtras } from './bulk/extras.js';
import type { Db } from './db.js';

/**
 * Merges the staging tables into the case. Records already in the case (the same phone from another
 * file, the same call from the other party's billing) gain a source row instead of a duplicate.
 */
export async function mergeStaging(db: Db, importId: string): Promise<void> {
  const p = { imp: importId };
  await db.run(
    `INSERT INTO entities
       SELECT id, arg_min(kind, row_no), arg_min(key, row_no), coalesce(max(nullif(label, '')), ''),
              max(category), arg_min(props, row_no), $imp
       FROM stg_entities s WHERE NOT EXISTS (SELECT 1 FROM entities e WHERE e.id = s.id) GROUP BY id`,
    p,
  );
  await db.run(
    `INSERT INTO entity_sources SELECT id, $imp, row_no, path, raw, label, props, grading FROM stg_entities`,
    p,
  );
  await mergeEvents(db, importId);
  await db.run(
    `INSERT INTO links
       SELECT id, arg_min(kind, row_no), arg_min(src, row_no), arg_min(dst, row_no), arg_min(basis, row_no),
              epoch_ms(min(valid_from_ms))::TIMESTAMPTZ, epoch_ms(max(valid_to_ms))::TIMESTAMPTZ, arg_min(props, row_no)
       FROM stg_links s WHERE NOT EXISTS (SELECT 1 FROM links l WHERE l.id = s.id) GROUP BY id`,
  );
  await db.run(`INSERT INTO link_sources SELECT id, $imp, row_no, path, grading FROM stg_links`, p);
  await db.run(
    `INSERT INTO aliases SELECT entity_id, name, holder, context, $imp, row_no, path FROM stg_aliases`,
    p,
  );
  await db.run(`INSERT INTO rejects SELECT $imp, row_no, field, code, detail, raw FROM stg_rejects`, p);
  await mergeBulkExtras(db, importId);
}

/**
 * Most staged events are new and staged once (a first import, a file overlapping nothing). Only the ids
 * staged twice or already in the case (`stg_event_dup`, usually empty or tiny) go through the merge:
 * the rest are written as they are, with no GROUP BY over the whole import. Returns whether any id needs it.
 */
async function markMergedIds(db: Db): Promise<boolean> {
  const hasEvents = (await db.one(`SELECT EXISTS (SELECT 1 FROM events) x`))?.x === true;
  await db.run(`
    CREATE OR REPLACE TEMP TABLE stg_event_dup AS
      SELECT id FROM stg_events GROUP BY id HAVING count(*) > 1
      ${hasEvents ? 'UNION SELECT id FROM events WHERE id IN (SELECT id FROM stg_events)' : ''}`);
  return (await db.one(`SELECT EXISTS (SELECT 1 FROM stg_event_dup) x`))?.x === true;
}

/** What an event row holds of each party as the network saw it. */
const SIGHTINGS = ['a_cell', 'a_imei', 'a_imsi', 'b_cell', 'b_imei', 'b_imsi'] as const;

async function mergeEvents(db: Db, importId: string): Promise<void> {
  const merging = await markMergedIds(db);
  const sightings = SIGHTINGS.join(', ');
  const asStaged = `SELECT id, kind, epoch_ms(t_ms)::TIMESTAMPTZ, duration_s, a, b, body, dump_id, props, ${sightings}`;
  if (merging) {
    // One row per merged event id, sightings of both parties combined across its sources.
    await db.run(`
      CREATE OR REPLACE TEMP TABLE stg_event_one AS
        SELECT id, arg_min(kind, row_no) kind, epoch_ms(arg_min(t_ms, row_no))::TIMESTAMPTZ t,
               arg_min(duration_s, row_no) duration_s, arg_min(a, row_no) a, arg_min(b, row_no) b,
               arg_min(body, row_no) body, arg_min(dump_id, row_no) dump_id, arg_min(props, row_no) props,
               max(a_cell) a_cell, max(a_imei) a_imei, max(a_imsi) a_imsi,
               max(b_cell) b_cell, max(b_imei) b_imei, max(b_imsi) b_imsi,
               NOT EXISTS (SELECT 1 FROM events e WHERE e.id = s.id) is_new
        FROM stg_events s WHERE id IN (SELECT id FROM stg_event_dup) GROUP BY id`);
    await db.run(`
      INSERT INTO events
        ${asStaged} FROM (SELECT s.* FROM stg_events s ANTI JOIN stg_event_dup d ON d.id = s.id)
        UNION ALL
        SELECT id, kind, t, duration_s, a, b, body, dump_id, props, ${sightings} FROM stg_event_one WHERE is_new`);
  } else {
    // Every staged row is an event of its own: no pass over the import to find ids that need the merge.
    await db.run(`INSERT INTO events ${asStaged} FROM stg_events`);
  }
  await db.run(
    `INSERT INTO event_sources SELECT id, $imp, row_no, path, time_raw, time_zone, time_flag, grading FROM stg_events`,
    { imp: importId },
  );
  if (merging) await mergeSightings(db);
}

/**
 * A later source of a known event may add what the network saw of a party the first source did not cover;
 * a cell that differs from the one the event holds is kept as a sighting of its own (`cell_obs_extra`).
 * When every merged id is new to the case, `stg_event_one` holds those events' rows as written, and the
 * case's events need not be scanned at all.
 */
async function mergeSightings(db: Db): Promise<void> {
  const known = (await db.one(`SELECT EXISTS (SELECT 1 FROM stg_event_one WHERE NOT is_new) x`))?.x === true;
  if (known) {
    const fill = (c: string): string => `${c} = coalesce(events.${c}, s.${c})`;
    await db.run(`
      UPDATE events SET ${SIGHTINGS.map(fill).join(', ')}
        FROM stg_event_one s WHERE NOT s.is_new AND events.id = s.id`);
  }
  // Compared with the event row and the extras already kept, not with the whole `cell_obs` view: the
  // candidates are a handful, the view is every sighting of the case.
  await db.run(`
    INSERT INTO cell_obs_extra
      SELECT DISTINCT s.cell, e.t, s.party, e.id, e.dump_id
      FROM (SELECT id, a party, a_cell cell FROM stg_events WHERE a IS NOT NULL AND a_cell IS NOT NULL
            UNION ALL SELECT id, b, b_cell FROM stg_events WHERE b IS NOT NULL AND b_cell IS NOT NULL) s
        ${known ? 'JOIN stg_event_one o ON o.id = s.id JOIN events e ON e.id = s.id' : 'JOIN stg_event_one e ON e.id = s.id'}
      WHERE NOT coalesce((s.party = e.a AND s.cell = e.a_cell) OR (s.party = e.b AND s.cell = e.b_cell), false)
        AND NOT EXISTS (SELECT 1 FROM cell_obs_extra x WHERE x.event_id = s.id AND x.party = s.party AND x.cell = s.cell)`);
}
