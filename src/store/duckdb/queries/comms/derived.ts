import type { Db } from '../../db.js';
import { findingsSql } from './handsets.js';

/**
 * Derived tables for communications analytics, a cache rebuilt from `legs` whenever an import changed
 * the case (they live outside the migrations because they are always rebuilt whole):
 * - `comms_usage`: one row per (party, IMEI, IMSI) with span, so the handset history of the whole case
 *   is a scan of thousands of rows instead of a group-by over every leg.
 * - `comms_entities`: one row per entity sorted by id, from which the index takes its entity table.
 * - `comms_handsets`: the handset findings of the whole case, so that question reads a result table.
 * Single-party and single-cell lookups do not read these tables: they go to the on-disk communications
 * index (`../../comms-index/`), built from the same stamp. Tables of earlier layouts that the index
 * replaced (`comms_pairs`, `comms_spans`, `comms_obs`, `comms_cell_no`) are dropped.
 */
const BUILD = `
  DROP TABLE IF EXISTS comms_pairs;
  CREATE OR REPLACE TABLE comms_usage AS
    SELECT party, imei, imsi, count(*)::INTEGER n, min(t) first_t, max(t) last_t,
           arg_min(event_id, t) first_event, arg_max(event_id, t) last_event
    FROM legs WHERE imei IS NOT NULL OR imsi IS NOT NULL
    GROUP BY party, imei, imsi ORDER BY party, first_t;
  DROP TABLE IF EXISTS comms_obs;
  DROP TABLE IF EXISTS comms_cell_no;
  CREATE OR REPLACE TABLE comms_entities AS
    SELECT id, any_value(kind) AS kind, any_value(key) AS key, any_value(label) AS label
    FROM entities GROUP BY id ORDER BY id;
  DROP TABLE IF EXISTS comms_spans;
  CREATE OR REPLACE TABLE comms_handsets AS ${findingsSql('SELECT * FROM comms_usage')};
`;

const STAMP_KEY = 'comms_derived_stamp';
/** Bumped whenever BUILD changes, so existing cases rebuild their derived tables. */
const LAYOUT_VERSION = 5;

/** What the derived tables were built from: the imports and the number of legs. */
async function currentStamp(db: Db): Promise<string> {
  const r = await db.one(
    `SELECT '${LAYOUT_VERSION}|' || (SELECT count(*) FROM imports) || '|' || (SELECT coalesce(max(finished_at), '') FROM imports)
            || '|' || (SELECT count(*) FROM legs) AS stamp`,
  );
  return String(r?.stamp ?? '');
}

/**
 * Rebuilds the derived tables when the case changed since they were built; a no-op otherwise. Returns the
 * stamp of the data they now reflect, which also keys the on-disk communications index.
 */
export async function refreshDerived(db: Db): Promise<string> {
  const stamp = await currentStamp(db);
  const built = await db.one(`SELECT value FROM meta WHERE key = '${STAMP_KEY}'`);
  if (built?.value === stamp) return stamp;
  await db.transaction(async () => {
    await db.run(BUILD);
    await db.run(`DELETE FROM meta WHERE key = '${STAMP_KEY}'`);
    await db.run(`INSERT INTO meta VALUES ('${STAMP_KEY}', $stamp)`, { stamp });
  });
  return stamp;
}
