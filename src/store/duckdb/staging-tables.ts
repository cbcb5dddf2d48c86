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
`;

export const STAGING_TABLES = [
  'stg_entities',
  'stg_events',
  'stg_links',
  'stg_aliases',
  'stg_rejects',
] as const;
export type StagingTable = (typeof STAGING_TABLES)[number];
