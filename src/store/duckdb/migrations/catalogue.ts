import type { Migration } from '../migrate.js';

/** The workspace catalogue: the cases it holds and the hash-chained audit trail. */
export const CATALOGUE_MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'cases and audit trail',
    sql: `
      CREATE TABLE cases (
        name VARCHAR PRIMARY KEY,
        title VARCHAR NOT NULL,
        purpose VARCHAR NOT NULL,
        region VARCHAR,
        tz VARCHAR,
        file VARCHAR NOT NULL,
        created_at VARCHAR NOT NULL,
        created_by VARCHAR NOT NULL,
        status VARCHAR NOT NULL,
        purged_at VARCHAR
      );
      CREATE TABLE audit (
        seq BIGINT PRIMARY KEY,
        id VARCHAR NOT NULL UNIQUE,
        logged_at VARCHAR NOT NULL,
        user_name VARCHAR NOT NULL,
        case_name VARCHAR,
        operation VARCHAR NOT NULL,
        action VARCHAR NOT NULL,
        justification VARCHAR NOT NULL,
        records VARCHAR NOT NULL,
        record_count BIGINT NOT NULL,
        recipient VARCHAR,
        detail VARCHAR NOT NULL,
        prev_hash VARCHAR NOT NULL,
        hash VARCHAR NOT NULL
      );
      CREATE TABLE audit_head (one INTEGER PRIMARY KEY, seq BIGINT NOT NULL, hash VARCHAR NOT NULL);
    `,
  },
];
