/**
 * Bench-only loader: writes the generated CSV straight into a Skein case's tables with DuckDB SQL, in the
 * layout `finalize.ts` produces (events with the calling party's cell and handset, sources, entities, cells,
 * tower dumps, one import record). The CDR importer's bulk path would produce the same
 * tables; this loader exists so the benchmark does not depend on it. Ids are derived as the model derives
 * them for phones, handsets and SIMs (sha256 of the key); event ids are a hash of the row.
 */
import type { DuckDbCaseStore } from '../src/store/index.js';
import type { BenchTruth } from './bench-comms-data.js';

const ID = (prefix: string, expr: string): string => `'${prefix}_' || substr(sha256(${expr}), 1, 24)`;

export async function loadBenchCase(store: DuckDbCaseStore, dir: string, truth: BenchTruth): Promise<void> {
  const db = store.db;
  const run = (sql: string): Promise<void> => db.run(sql);
  await run(`CREATE TEMP TABLE raw AS SELECT row_number() OVER () AS row_no, * FROM read_csv('${dir}/cdr.csv', header = true,
    columns = {'caller': 'VARCHAR', 'callee': 'VARCHAR', 'start': 'TIMESTAMP', 'duration': 'INTEGER', 'type': 'VARCHAR',
               'cell': 'VARCHAR', 'imei': 'VARCHAR', 'imsi': 'VARCHAR'})`);
  await run(`CREATE TEMP TABLE phones AS SELECT key, ${ID('phn', 'key')} AS id FROM
    (SELECT caller AS key FROM raw UNION SELECT callee FROM raw WHERE callee IS NOT NULL)`);
  await run(`CREATE TEMP TABLE ev AS SELECT r.row_no, ${ID('evt', 'r.row_no::VARCHAR')} AS id,
      CASE r.type WHEN 'call' THEN 'call' WHEN 'sms' THEN 'sms' ELSE 'data' END AS kind,
      r.start::TIMESTAMPTZ AS t, r.duration, a.id AS a, b.id AS b, r.cell, r.imei, r.imsi, r.start
    FROM raw r JOIN phones a ON a.key = r.caller LEFT JOIN phones b ON b.key = r.callee`);
  const imp = 'imp_bench000000000000000000';
  await db.transaction(async () => {
    await run(`INSERT INTO imports VALUES ('${imp}', 'cdr', 'bench-comms-loader', '1', 'cdr.csv', '', 0, 'bench',
      '${truth.start}', now()::VARCHAR, (SELECT count(*) FROM raw), (SELECT count(*) FROM raw), 0, '{}', '[]', '{}')`);
    await run(
      `INSERT INTO events SELECT id, kind, t, duration, a, b, NULL, NULL, '{}', cell, imei, imsi, NULL, NULL, NULL FROM ev`,
    );
    await run(
      `INSERT INTO event_sources SELECT id, '${imp}', row_no + 1, NULL, strftime(start, '%Y-%m-%d %H:%M:%S'), 'UTC', NULL, NULL FROM ev`,
    );
    await run(`INSERT INTO entities SELECT id, 'phone', key, key, NULL, '{}', '${imp}' FROM phones`);
    await run(
      `INSERT INTO entities SELECT DISTINCT ${ID('dev', 'imei')}, 'device', imei, imei, NULL, '{}', '${imp}' FROM raw`,
    );
    await run(
      `INSERT INTO entities SELECT DISTINCT ${ID('sim', 'imsi')}, 'sim', imsi, imsi, NULL, '{}', '${imp}' FROM raw`,
    );
    await run(`INSERT INTO cells SELECT key, 'LTE', 222, 1, NULL, NULL, lat, lon, azimuth, beam, range_m, NULL, '${imp}', row_number() OVER ()
      FROM read_csv('${dir}/cells.csv', header = true)`);
    for (const [i, s] of truth.scenes.entries()) {
      await run(`INSERT INTO tower_dumps VALUES ('tdp_bench${i}', '${imp}', '${s.label}', '${JSON.stringify(s.cells)}',
        '${s.from}'::TIMESTAMPTZ, '${s.to}'::TIMESTAMPTZ)`);
    }
  });
  await run(`DROP TABLE raw; DROP TABLE phones; DROP TABLE ev; CHECKPOINT`);
}
