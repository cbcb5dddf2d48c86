import type { Db } from '../db.js';

/** Staging for what only the bulk stage writes: tower-dump requests and cell registries. */
export const BULK_EXTRA_DDL = `
  CREATE OR REPLACE TEMP TABLE stg_tower_dumps (id VARCHAR, label VARCHAR, cells VARCHAR, from_ms BIGINT, to_ms BIGINT);
  CREATE OR REPLACE TEMP TABLE stg_cells (
    key VARCHAR, radio VARCHAR, mcc BIGINT, mnc BIGINT, area BIGINT, cell BIGINT, lat DOUBLE, lon DOUBLE,
    azimuth DOUBLE, beam DOUBLE, range_m DOUBLE, label VARCHAR, row_no BIGINT
  );
`;

/** Merges the bulk staging tables (if this import created them) into the case. */
export async function mergeBulkExtras(db: Db, importId: string): Promise<void> {
  const exists = await db.one(
    `SELECT count(*) n FROM duckdb_tables() WHERE temporary AND table_name = 'stg_tower_dumps'`,
  );
  if (Number(exists?.n ?? 0) === 0) return;
  await db.run(
    `INSERT INTO tower_dumps SELECT id, $imp, label, cells, epoch_ms(from_ms)::TIMESTAMPTZ, epoch_ms(to_ms)::TIMESTAMPTZ
     FROM stg_tower_dumps s WHERE NOT EXISTS (SELECT 1 FROM tower_dumps t WHERE t.id = s.id)`,
    { imp: importId },
  );
  await db.run(
    `INSERT INTO cells SELECT key, radio, mcc, mnc, area, cell, lat, lon, azimuth, beam, range_m, label, $imp, row_no
     FROM stg_cells`,
    { imp: importId },
  );
}
