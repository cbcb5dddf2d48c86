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

/** Rows a bulk stage adds to the staged-event views, as SELECTs in the column order of `stg_events`. */
export interface BulkStagedEvents {
  /** Its events whose `id` meets `where` (all of them when there is none). */
  readonly events: (where?: string) => string;
  /** Its events' `id, row_no, path, time_raw, time_zone, time_flag, grading`. */
  readonly sources: string;
}

/** (Re)defines the staged-event views: over `stg_events`, plus a bulk stage's rows when it has any. */
export function stagedEventViewsSql(bulk?: BulkStagedEvents): string {
  const plus = (select: string | undefined): string => (select === undefined ? '' : ` UNION ALL ${select}`);
  const toMerge = `id IN (SELECT id FROM ${MERGED_IDS})`;
  return `
    CREATE OR REPLACE TEMP VIEW ${STAGED_EVENTS} AS SELECT * FROM stg_events${plus(bulk?.events())};
    CREATE OR REPLACE TEMP VIEW ${STAGED_EVENTS_TO_MERGE} AS
      SELECT * FROM stg_events WHERE ${toMerge}${plus(bulk?.events(toMerge))};
    CREATE OR REPLACE TEMP VIEW ${STAGED_EVENT_SOURCES} AS
      SELECT id, row_no, path, time_raw, time_zone, time_flag, grading FROM stg_events${plus(bulk?.sources)};`;
}

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
  ${stagedEventViewsSql()}
`;

export const STAGING_TABLES = [
  'stg_entities',
  'stg_events',
  'stg_links',
  'stg_aliases',
  'stg_rejects',
] as const;
export type StagingTable = (typeof STAGING_TABLES)[number];
