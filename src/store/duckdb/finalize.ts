import { mergeBulkExtras } from './bulk/extras.js';
import type { Db } from './db.js';
import { MERGED_IDS, STAGED_EVENT_SOURCES, STAGED_EVENTS, STAGED_EVENTS_TO_MERGE } from './staging-tables.js';

/**
 * Merges the staging tables into the case. Records already in the case (the same phone from another
 * file, the same call from the other party's billing) gain a source row instead of a duplicate. Events
 * that need the merge are merged `partIds` ids at a time (see `MERGE_PART_IDS`).
 */
export async function mergeStaging(db: Db, importId: string, partIds = MERGE_PART_IDS): Promise<void> {
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
  await mergeEvents(db, importId, partIds);
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
 * The staged events are a view (see staging-tables.ts) whose bulk part joins a big row table to small
 * value maps: left to itself the planner may build its hash tables on the rows (see the bulk stage), so
 * statements that read the view keep the build side as written, small tables on the right.
 */
function readingStaged<T>(db: Db, work: () => Promise<T>): Promise<T> {
  return db.withSetting('disabled_optimizers', `'build_side_probe_side'`, work);
}

/** The staged ids the case already holds: looked up in its events once, not once per part of the merge. */
const KNOWN_IDS = 'stg_event_known';

/**
 * Most staged events are new and staged once (a first import, a file overlapping nothing). Only the ids
 * staged twice or already in the case (`stg_event_dup`, usually empty or tiny) go through the merge:
 * the rest are written as they are. Returns whether any id needs it.
 */
async function markMergedIds(db: Db): Promise<boolean> {
  const hasEvents = (await db.one(`SELECT EXISTS (SELECT 1 FROM events) x`))?.x === true;
  const staged = `SELECT id, count(*) n FROM ${STAGED_EVENT_SOURCES} GROUP BY id`;
  if (!hasEvents) {
    await db.run(`CREATE OR REPLACE TEMP TABLE ${KNOWN_IDS} (id VARCHAR)`);
    await readingStaged(db, () => db.run(`INSERT INTO ${MERGED_IDS} SELECT id FROM (${staged}) WHERE n > 1`));
  } else {
    // Compared with the case's events with the planner free to pick its build side: either may be bigger.
    await readingStaged(db, () => db.run(`CREATE OR REPLACE TEMP TABLE stg_event_ids AS ${staged}`));
    await db.run(
      `CREATE OR REPLACE TEMP TABLE ${KNOWN_IDS} AS SELECT id FROM events WHERE id IN (SELECT id FROM stg_event_ids)`,
    );
    await db.run(`
      INSERT INTO ${MERGED_IDS} SELECT id FROM stg_event_ids WHERE n > 1 UNION SELECT id FROM ${KNOWN_IDS}`);
  }
  return (await db.one(`SELECT EXISTS (SELECT 1 FROM ${MERGED_IDS}) x`))?.x === true;
}

/** What an event row holds of each party as the network saw it. */
const SIGHTINGS = ['a_cell', 'a_imei', 'a_imsi', 'b_cell', 'b_imei', 'b_imsi'] as const;

/** The columns of `events` after `props`, as a select list. */
const SIGHTING_COLUMNS = SIGHTINGS.join(', ');

async function mergeEvents(db: Db, importId: string, partIds: number): Promise<void> {
  const merging = await markMergedIds(db);
  const asStaged = `SELECT id, kind, epoch_ms(t_ms)::TIMESTAMPTZ, duration_s, a, b, body, dump_id, props, ${SIGHTING_COLUMNS}`;
  if (merging) {
    // The staged rows of the ids to merge, read out of their view once.
    await readingStaged(db, () =>
      db.run(`CREATE OR REPLACE TEMP TABLE stg_event_merge AS SELECT * FROM ${STAGED_EVENTS_TO_MERGE}`),
    );
    await readingStaged(db, () =>
      db.run(
        `INSERT INTO events ${asStaged} FROM (SELECT s.* FROM ${STAGED_EVENTS} s ANTI JOIN ${MERGED_IDS} d ON d.id = s.id)`,
      ),
    );
  } else {
    // Every staged row is an event of its own.
    await readingStaged(db, () => db.run(`INSERT INTO events ${asStaged} FROM ${STAGED_EVENTS}`));
  }
  await readingStaged(db, () =>
    db.run(
      `INSERT INTO event_sources
         SELECT id, $imp, row_no, path, time_raw, time_zone, time_flag, grading FROM ${STAGED_EVENT_SOURCES}`,
      { imp: importId },
    ),
  );
  if (merging) await mergeInParts(db, partIds);
}

/**
 * Ids merged per part. The merge is usually small, but a billing that overlaps the case entirely (the same
 * file forced in again, the other party's billing of the same calls) merges every row: at 10M ids, one
 * aggregate over all of them ran out of DuckDB's 1 GB.
 */
const MERGE_PART_IDS = 1_000_000;

/** Merges the ids of `MERGED_IDS` one part (a hash range of ids) at a time, all in the import's transaction. */
async function mergeInParts(db: Db, partIds: number): Promise<void> {
  const ids = Number((await db.one(`SELECT count(*) n FROM ${MERGED_IDS}`))?.n ?? 0);
  const parts = Math.max(1, Math.ceil(ids / partIds));
  for (let k = 0; k < parts; k++) {
    const inPart = parts === 1 ? 'true' : `hash(id) % ${parts} = ${k}`;
    // One row per merged event id, sightings of both parties combined across its sources.
    await db.run(`
      CREATE OR REPLACE TEMP TABLE stg_event_one AS
        SELECT s.id, arg_min(kind, row_no) kind, epoch_ms(arg_min(t_ms, row_no))::TIMESTAMPTZ t,
               arg_min(duration_s, row_no) duration_s, arg_min(a, row_no) a, arg_min(b, row_no) b,
               arg_min(body, row_no) body, arg_min(dump_id, row_no) dump_id, arg_min(props, row_no) props,
               max(a_cell) a_cell, max(a_imei) a_imei, max(a_imsi) a_imsi,
               max(b_cell) b_cell, max(b_imei) b_imei, max(b_imsi) b_imsi, bool_and(k.id IS NULL) is_new
        FROM (SELECT * FROM stg_event_merge WHERE ${inPart}) s
          LEFT JOIN (SELECT id FROM ${KNOWN_IDS} WHERE ${inPart}) k ON k.id = s.id
        GROUP BY s.id`);
    await db.run(`
      INSERT INTO events
        SELECT id, kind, t, duration_s, a, b, body, dump_id, props, ${SIGHTING_COLUMNS} FROM stg_event_one WHERE is_new`);
    await mergeSightings(db, inPart);
  }
}

/**
 * A later source of a known event may add what the network saw of a party the first source did not cover;
 * a cell that differs from the one the event holds is kept as a sighting of its own (`cell_obs_extra`).
 * When every merged id is new to the case, `stg_event_one` holds those events' rows as written, and the
 * case's events need not be scanned at all. Works on the ids of one part (`inPart`, see `mergeInParts`).
 */
async function mergeSightings(db: Db, inPart: string): Promise<void> {
  const known = (await db.one(`SELECT EXISTS (SELECT 1 FROM stg_event_one WHERE NOT is_new) x`))?.x === true;
  if (known) {
    const fill = (c: string): string => `${c} = coalesce(events.${c}, s.${c})`;
    await db.run(`
      UPDATE events SET ${SIGHTINGS.map(fill).join(', ')}
        FROM stg_event_one s WHERE NOT s.is_new AND events.id = s.id`);
  }
  // Compared with the event row and the extras already kept, not with the whole `cell_obs` view: the
  // candidates are the part's merged rows, the view is every sighting of the case.
  await db.run(`
    INSERT INTO cell_obs_extra
      SELECT DISTINCT s.cell, e.t, s.party, e.id, e.dump_id
      FROM (SELECT id, a party, a_cell cell FROM stg_event_merge WHERE ${inPart} AND a IS NOT NULL AND a_cell IS NOT NULL
            UNION ALL SELECT id, b, b_cell FROM stg_event_merge WHERE ${inPart} AND b IS NOT NULL AND b_cell IS NOT NULL) s
        ${known ? 'JOIN stg_event_one o ON o.id = s.id JOIN events e ON e.id = s.id' : 'JOIN stg_event_one e ON e.id = s.id'}
      WHERE NOT coalesce((s.party = e.a AND s.cell = e.a_cell) OR (s.party = e.b AND s.cell = e.b_cell), false)
        AND NOT EXISTS (SELECT 1 FROM cell_obs_extra x WHERE x.event_id = s.id AND x.party = s.party AND x.cell = s.cell)`);
}
