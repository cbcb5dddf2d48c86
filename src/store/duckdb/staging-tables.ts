/**
 * Every event an import staged: the appended rows of `stg_events`, and the rows the bulk stage maps in SQL,
 * which it adds to this view instead of copying them (see bulk/cdr-insert.ts). The merge reads this.
 */
export const STAGED_EVENTS = 'stg_events_all';

/**
 * The same events' ids and source columns only: for the bulk rows, read straight from their row table
 * without joining the value maps back.
 */
export const STAGED_EVENT_SOURCES = 'stg_event_sources_all';

/** The ids of staged events that need the merge (staged twice, or already in the case), set by the merge. */
export const MERGED_IDS = 'stg_event_dup';

/** The staged events whose id is in `MERGED_IDS`: for the bulk rows, picked out before the joins. */
export const STAGED_EVENTS_TO_MERGE = 'stg_events_to_merge';

/** The columns of `STAGED_EVENT_SOURCES`, in order. */
export const EVENT_SOURCE_COLUMNS = 'id, row_no, path, time_raw, time_zone, time_flag, grading';

/**
 * Temporary tables an import writes into before it is merged into the case in one transaction.
 * Bulk importers (CDRs) fill them with SQL; record-by-record importers through the appender sink.
 */
export const STAGING_DDL = `
  CREATE OR REPLACE TEMP TABLE stg_entities (
    id VARCHAR, kind VARCHAR, key VARCHAR, label VARCHAR, category VARCHAR, props VARCHAR, raw VARCHAR,
    grading VARCHAR, row_no BIGINT, path VARCHAR
  );
  CREATE OR REPLACE TEMP TABLE stg_events (
    id VARCHAR, kind VARCHAR, t_ms BIGINT, duration_s INTEGER, a VARCHAR, b VARCHAR, body VARCHAR, dump_id VARCHAR,
    props VARCHAR, a_cell VARCHAR, a_imei VARCHAR, a_imsi VARCHAR, b_cell VARCHAR, b_imei VARCHAR, b_imsi VARCHAR,
    time_raw VARCHAR, time_zone VARCHAR, time_flag VARCHAR, grading VARCHAR, row_no BIGINT, path VARCHAR
  );
  CREATE OR REPLACE TEMP TABLE stg_links (
    id VARCHAR, kind VARCHAR, src VARCHAR, dst VARCHAR, basis VARCHAR, valid_from_ms BIGINT, valid_to_ms BIGINT,
    props VARCHAR, grading VARCHAR, row_no BIGINT, path VARCHAR
  );
  CREATE OR REPLACE TEMP TABLE stg_aliases (
    entity_id VARCHAR, name VARCHAR, holder VARCHAR, context VARCHAR, row_no BIGINT, path VARCHAR
  );
  CREATE OR REPLACE TEMP TABLE stg_rejects (
    row_no BIGINT, field VARCHAR, code VARCHAR, detail VARCHAR, raw VARCHAR
  );
  CREATE OR REPLACE TEMP TABLE ${MERGED_IDS} (id VARCHAR);
  CREATE OR REPLACE TEMP VIEW ${STAGED_EVENTS} AS SELECT * FROM stg_events;
  CREATE OR REPLACE TEMP VIEW ${STAGED_EVENTS_TO_MERGE} AS
    SELECT * FROM stg_events WHERE id IN (SELECT id FROM ${MERGED_IDS});
  CREATE OR REPLACE TEMP VIEW ${STAGED_EVENT_SOURCES} AS SELECT ${EVENT_SOURCE_COLUMNS} FROM stg_events;
`;

export const STAGING_TABLES = [
  'stg_entities',
  'stg_events',
  'stg_links',
  'stg_aliases',
  'stg_rejects',
] as const;
export type StagingTable = (typeof STAGING_TABLES)[number];
