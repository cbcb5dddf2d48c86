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

async function mergeEvents(db: Db, importId: string): Promise<void> {
  // The staged rows that are events of their own (all of them, unless some ids need the merge).
  const staged = (await markMergedIds(db))
    ? `(SELECT s.* FROM stg_events s ANTI JOIN stg_event_dup d ON d.id = s.id)`
    : 'stg_events';
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
      SELECT id, kind, epoch_ms(t_ms)::TIMESTAMPTZ, duration_s, a, b, body, dump_id, props FROM ${staged}
      UNION ALL
      SELECT id, kind, t, duration_s, a, b, body, dump_id, props FROM stg_event_one WHERE is_new`);
  await db.run(
    `INSERT INTO event_sources SELECT id, $imp, row_no, path, time_raw, time_zone, time_flag, grading FROM stg_events`,
    { imp: importId },
  );
  const legsOf = (rel: string): string => `
    SELECT a party, b other, 'out' dir, kind, t, duration_s, a_cell cell, a_imei imei, a_imsi imsi, id event_id,
           dump_id, is_new
      FROM ${rel} WHERE a IS NOT NULL
    UNION ALL
    SELECT b, a, 'in', kind, t, duration_s, b_cell, b_imei, b_imsi, id, dump_id, is_new
      FROM ${rel} WHERE b IS NOT NULL`;
  await db.run(`CREATE OR REPLACE TEMP TABLE stg_legs AS ${legsOf('stg_event_one')}`);
  const newSingles = `(SELECT * EXCLUDE (t_ms), epoch_ms(t_ms)::TIMESTAMPTZ t, true is_new FROM ${staged})`;
  // In no particular order: single-party and single-cell reads go to the communications index, which sorts
  // them once when it is built. Keeping arrival order instead made DuckDB hold back out-of-order batches,
  // which at 10M rows spilled and took 90 s for the legs alone.
  await db.withSetting('preserve_insertion_order', 'false', async () => {
    await db.run(`
      INSERT INTO legs
        SELECT party, other, dir, kind, t, duration_s, cell, imei, imsi, event_id
        FROM (${legsOf(newSingles)} UNION ALL SELECT * FROM stg_legs WHERE is_new)`);
    // A second source of a known event may add what the network saw of a party the first source did not cover.
    await db.run(`
      UPDATE legs SET cell = coalesce(legs.cell, s.cell), imei = coalesce(legs.imei, s.imei),
                      imsi = coalesce(legs.imsi, s.imsi)
        FROM stg_legs s
        WHERE NOT s.is_new AND legs.event_id = s.event_id AND legs.party = s.party
          AND (s.cell IS NOT NULL OR s.imei IS NOT NULL OR s.imsi IS NOT NULL)
          AND (legs.cell IS NULL OR legs.imei IS NULL OR legs.imsi IS NULL)`);
    await db.run(`
      INSERT INTO cell_obs
        SELECT cell, t, party, event_id, dump_id FROM (
          SELECT cell, t, party, event_id, dump_id FROM (${legsOf(newSingles)}) WHERE cell IS NOT NULL
          UNION ALL
          SELECT s.cell, s.t, s.party, s.event_id, s.dump_id FROM stg_legs s
          WHERE s.cell IS NOT NULL
            AND NOT EXISTS (SELECT 1 FROM cell_obs c WHERE c.event_id = s.event_id AND c.party = s.party AND c.cell = s.cell))`);
  });
}
