import type { Migration } from '../migrate.js';

/**
 * One case database. `legs` holds one row per party per event and `cell_obs` every sighting of a selector
 * at a cell, both in arrival order: lookups of one party or one cell are served by the communications
 * index beside the database (`../comms-index/`), which keeps them sorted. ART indexes are deliberately
 * absent: the storage probe found the planner ignores them for these queries.
 */
export const CASE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'core model with provenance',
    sql: `
      CREATE TABLE meta (key VARCHAR PRIMARY KEY, value VARCHAR NOT NULL);
      CREATE TABLE imports (
        id VARCHAR PRIMARY KEY, kind VARCHAR NOT NULL, importer VARCHAR NOT NULL, importer_version VARCHAR NOT NULL,
        file_name VARCHAR NOT NULL, sha256 VARCHAR NOT NULL, bytes BIGINT NOT NULL, user_name VARCHAR NOT NULL,
        started_at VARCHAR NOT NULL, finished_at VARCHAR NOT NULL,
        rows_in BIGINT NOT NULL, imported BIGINT NOT NULL, rejected BIGINT NOT NULL,
        options VARCHAR NOT NULL, notes VARCHAR NOT NULL, skipped VARCHAR NOT NULL
      );
      CREATE TABLE rejects (
        import_id VARCHAR NOT NULL, row_no BIGINT NOT NULL, field VARCHAR, code VARCHAR NOT NULL,
        detail VARCHAR, raw VARCHAR NOT NULL
      );
      CREATE TABLE entities (
        id VARCHAR NOT NULL, kind VARCHAR NOT NULL, key VARCHAR, label VARCHAR NOT NULL, category VARCHAR,
        props VARCHAR NOT NULL, first_import VARCHAR NOT NULL
      );
      CREATE TABLE entity_sources (
        entity_id VARCHAR NOT NULL, import_id VARCHAR NOT NULL, row_no BIGINT NOT NULL, path VARCHAR,
        raw VARCHAR, label VARCHAR, props VARCHAR NOT NULL, grading VARCHAR
      );
      CREATE TABLE events (
        id VARCHAR NOT NULL, kind VARCHAR NOT NULL, t TIMESTAMPTZ NOT NULL, duration_s INTEGER,
        a VARCHAR, b VARCHAR, body VARCHAR, dump_id VARCHAR, props VARCHAR NOT NULL
      );
      CREATE TABLE event_sources (
        event_id VARCHAR NOT NULL, import_id VARCHAR NOT NULL, row_no BIGINT NOT NULL, path VARCHAR,
        time_raw VARCHAR NOT NULL, time_zone VARCHAR NOT NULL, time_flag VARCHAR, grading VARCHAR
      );
      CREATE TABLE legs (
        party VARCHAR NOT NULL, other VARCHAR, dir VARCHAR NOT NULL, kind VARCHAR NOT NULL, t TIMESTAMPTZ NOT NULL,
        duration_s INTEGER, cell VARCHAR, imei VARCHAR, imsi VARCHAR, event_id VARCHAR NOT NULL
      );
      CREATE TABLE cell_obs (
        cell VARCHAR NOT NULL, t TIMESTAMPTZ NOT NULL, party VARCHAR NOT NULL, event_id VARCHAR NOT NULL, dump_id VARCHAR
      );
      CREATE TABLE links (
        id VARCHAR NOT NULL, kind VARCHAR NOT NULL, src VARCHAR NOT NULL, dst VARCHAR NOT NULL, basis VARCHAR NOT NULL,
        valid_from TIMESTAMPTZ, valid_to TIMESTAMPTZ, props VARCHAR NOT NULL
      );
      CREATE TABLE link_sources (
        link_id VARCHAR NOT NULL, import_id VARCHAR NOT NULL, row_no BIGINT NOT NULL, path VARCHAR, grading VARCHAR
      );
      CREATE TABLE aliases (
        entity_id VARCHAR NOT NULL, name VARCHAR NOT NULL, holder VARCHAR, context VARCHAR,
        import_id VARCHAR NOT NULL, row_no BIGINT NOT NULL, path VARCHAR
      );
      CREATE TABLE tower_dumps (
        id VARCHAR PRIMARY KEY, import_id VARCHAR NOT NULL, label VARCHAR NOT NULL, cells VARCHAR NOT NULL,
        from_t TIMESTAMPTZ NOT NULL, to_t TIMESTAMPTZ NOT NULL
      );
      CREATE TABLE cells (
        key VARCHAR NOT NULL, radio VARCHAR, mcc INTEGER, mnc INTEGER, area BIGINT, cell BIGINT,
        lat DOUBLE, lon DOUBLE, azimuth DOUBLE, beam DOUBLE, range_m DOUBLE, label VARCHAR,
        import_id VARCHAR NOT NULL, row_no BIGINT NOT NULL
      );
      CREATE TABLE audit_outbox (
        id VARCHAR PRIMARY KEY, local_seq BIGINT NOT NULL, entry VARCHAR NOT NULL
      );
    `,
  },
];
