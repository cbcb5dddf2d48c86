import type { DuckDBAppender } from '@duckdb/node-api';
import type { CdrBulkPlan, CdrNormalisers } from '../../../ingest/index.js';
import type { Db } from '../db.js';
import type { RawColumn } from './row-fields.js';

type Cell = string | number | null | undefined;

async function fill(db: Db, table: string, ddl: string, rows: Iterable<readonly Cell[]>): Promise<void> {
  await db.run(`CREATE OR REPLACE TEMP TABLE ${table} (${ddl})`);
  const a: DuckDBAppender = await db.conn.createAppender(table, 'main', 'temp');
  try {
    for (const row of rows) {
      for (const c of row) {
        if (c === null || c === undefined) a.appendNull();
        else if (typeof c === 'number') a.appendBigInt(BigInt(c));
        else a.appendVarchar(c);
      }
      a.endRow();
    }
  } finally {
    a.closeSync();
  }
}

/** The distinct non-NULL values of some raw columns of `bk_rows` (a column is NULL when no field maps to it). */
async function distinct(db: Db, cols: readonly RawColumn[]): Promise<string[]> {
  const union = cols.map((e) => `SELECT DISTINCT ${e} v FROM bk_rows`).join(' UNION ');
  const rows = await db.conn.runAndReadAll(`SELECT v FROM (${union}) WHERE v IS NOT NULL`);
  return rows.getColumnsJS()[0]?.map(String) ?? [];
}

/**
 * Normalises every DISTINCT raw value of the mapped columns in JavaScript (numbers through the selector
 * normaliser, cells, IMEIs, IMSIs, durations, call types) and loads the answers as `mp_*` tables.
 */
export async function buildValueMaps(db: Db, plan: CdrBulkPlan, n: CdrNormalisers): Promise<void> {
  const phones = await distinct(db, ['a_raw', 'b_raw']);
  // Map tables must hold each raw value once, or the joins would duplicate rows.
  if (plan.fixedTarget !== undefined && !phones.includes(plan.fixedTarget)) phones.push(plan.fixedTarget);
  await fill(
    db,
    'mp_phone',
    'raw VARCHAR, st VARCHAR, key VARCHAR, id VARCHAR',
    phones.map((raw) => {
      const v = n.phone(raw);
      if (v.ok === 'withheld') return [raw, 'withheld', null, null];
      return v.ok ? [raw, 'ok', v.key, v.id] : [raw, v.code, null, null];
    }),
  );
  const types = await distinct(db, ['dir_raw', 'type_raw']);
  await fill(
    db,
    'mp_type',
    'raw VARCHAR, dir VARCHAR, kind VARCHAR',
    types.map((raw) => {
      const t = n.callType(raw);
      return [raw, t?.direction, t?.kind];
    }),
  );
  const durs = await distinct(db, ['dur_raw']);
  await fill(
    db,
    'mp_dur',
    'raw VARCHAR, secs BIGINT',
    durs.map((raw) => [raw, n.duration(raw)]),
  );
  const cells = await distinct(db, ['cell_raw', 'ce_raw']);
  await fill(
    db,
    'mp_cell',
    'raw VARCHAR, key VARCHAR, code VARCHAR',
    cells.map((raw) => {
      const v = n.cell(raw);
      return v.ok ? [raw, v.key, null] : [raw, null, v.code];
    }),
  );
  for (const what of ['imei', 'imsi'] as const) {
    const vals = await distinct(db, [`${what}_raw`]);
    await fill(
      db,
      `mp_${what}`,
      'raw VARCHAR, key VARCHAR, id VARCHAR, code VARCHAR',
      vals.map((raw) => {
        const v = n[what](raw);
        return v.ok ? [raw, v.key, v.id, null] : [raw, null, null, v.code];
      }),
    );
  }
}

/** Resolves every distinct 15-minute slot of wall time that rows fall in (`mp_slot`). */
export async function buildSlotMap(db: Db, plan: CdrBulkPlan, n: CdrNormalisers): Promise<void> {
  const zone = n.zone;
  const rows =
    zone === undefined
      ? []
      : ((
          await db.conn.runAndReadAll(
            `SELECT DISTINCT floor(local_ms / ${plan.slotMs})::BIGINT s FROM bk_rows WHERE local_ms IS NOT NULL AND off_min IS NULL`,
          )
        ).getColumnsJS()[0] ?? []);
  await fill(
    db,
    'mp_slot',
    'slot BIGINT, off_ms BIGINT, flag VARCHAR',
    rows.map((s) => {
      const r = (zone as NonNullable<typeof zone>).resolve(Number(s));
      return [Number(s), r.offsetMs, r.flag];
    }),
  );
}
