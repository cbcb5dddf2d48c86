import type { Migration } from '../migrate.js';

/** Each party's side of an event: one leg per known party (`dir` out for the originator, in for the recipient). */
const LEGS_VIEW = `
  CREATE VIEW legs AS
    SELECT a party, b other, 'out' dir, kind, t, duration_s, a_cell cell, a_imei imei, a_imsi imsi, id event_id
      FROM events WHERE a IS NOT NULL
    UNION ALL
    SELECT b, a, 'in', kind, t, duration_s, b_cell, b_imei, b_imsi, id FROM events WHERE b IS NOT NULL`;

/** Every sighting of a party at a cell: the cells an event's row holds, then those its later sources added. */
const CELL_OBS_VIEW = `
  CREATE VIEW cell_obs AS
    SELECT a_cell cell, t, a party, id event_id, dump_id FROM events WHERE a IS NOT NULL AND a_cell IS NOT NULL
    UNION ALL
    SELECT b_cell, t, b, id, dump_id FROM events WHERE b IS NOT NULL AND b_cell IS NOT NULL
    UNION ALL
    SELECT cell, t, party, event_id, dump_id FROM cell_obs_extra`;

/**
 * One case database. Lookups of one party or one cell are served by the communications index beside the
 * database (`../comms-index/`), which keeps them sorted. ART indexes are deliberately absent: the storage
 * probe found the planner ignores them for these queries.
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
  {
    // Each event row carries what the network saw of both parties (cell, IMEI, IMSI), and `legs` and
    // `cell_obs` become views of it. As tables they were written again for every imported row: two legs
    // and a sighting per call, more than half of the time of a 10M-row import. `cell_obs_extra` keeps the
    // sightings only a later source of the same event reported, so none is lost.
    version: 2,
    name: 'sightings on the event row; legs and cell_obs as views',
    sql: `
      ALTER TABLE events ADD COLUMN a_cell VARCHAR;
      ALTER TABLE events ADD COLUMN a_imei VARCHAR;
      ALTER TABLE events ADD COLUMN a_imsi VARCHAR;
      ALTER TABLE events ADD COLUMN b_cell VARCHAR;
      ALTER TABLE events ADD COLUMN b_imei VARCHAR;
      ALTER TABLE events ADD COLUMN b_imsi VARCHAR;
      UPDATE events SET a_cell = l.cell, a_imei = l.imei, a_imsi = l.imsi
        FROM legs l WHERE l.event_id = events.id AND l.dir = 'out';
      UPDATE events SET b_cell = l.cell, b_imei = l.imei, b_imsi = l.imsi
        FROM legs l WHERE l.event_id = events.id AND l.dir = 'in';
      CREATE TABLE cell_obs_extra (
        cell VARCHAR NOT NULL, t TIMESTAMPTZ NOT NULL, party VARCHAR NOT NULL, event_id VARCHAR NOT NULL, dump_id VARCHAR
      );
      INSERT INTO cell_obs_extra
        SELECT o.cell, o.t, o.party, o.event_id, o.dump_id FROM cell_obs o JOIN events e ON e.id = o.event_id
        WHERE NOT coalesce((o.party = e.a AND o.cell = e.a_cell) OR (o.party = e.b AND o.cell = e.b_cell), false);
      DROP TABLE legs;
      DROP TABLE cell_obs;
      ${LEGS_VIEW};
      ${CELL_OBS_VIEW};
    `,
  },
];
