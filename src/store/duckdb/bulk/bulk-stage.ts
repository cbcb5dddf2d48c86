import type {
  BulkStage,
  CdrBulkOutcome,
  CdrBulkPlan,
  CdrNormalisers,
  CellSiteDraft,
  TowerDumpDraft,
} from '../../../ingest/index.js';
import type { Db } from '../db.js';
import { insertFromRowTable, insertRejects } from './cdr-insert.js';
import { buildRowTable } from './cdr-sql.js';
import { BULK_EXTRA_DDL } from './extras.js';
import { loadLines } from './load-lines.js';
import { buildSlotMap, buildValueMaps } from './value-maps.js';

/** What only the mapping reads. `bk_ev` and the other maps hold the staged events until the merge. */
const SCRATCH = ['bk_lines', 'bk_rows', 'mp_type', 'mp_dur', 'mp_slot'];

/** The DuckDB bulk stage: CDR files mapped in SQL into the import's staging tables (see cdr README). */
export class DuckDbBulkStage implements BulkStage {
  /** Whether a file's events were staged: they live in `bk_ev`, so a second file would replace them. */
  private mapped = false;

  private constructor(private readonly db: Db) {}

  static async open(db: Db): Promise<DuckDbBulkStage> {
    await db.run(BULK_EXTRA_DDL);
    return new DuckDbBulkStage(db);
  }

  async cdrRows(
    plan: CdrBulkPlan,
    norm: CdrNormalisers,
  ): Promise<CdrBulkOutcome | { status: 'declined'; reason: string }> {
    if (this.mapped) throw new Error('the bulk stage maps one CDR file per import');
    // Not dropped when mapping fails: the case store drops an import's temporary tables whichever way it ends.
    const outcome = await this.mapFile(plan, norm);
    for (const t of SCRATCH) await this.db.run(`DROP TABLE IF EXISTS ${t}`);
    this.mapped = outcome.status === 'done';
    return outcome;
  }

  private async mapFile(
    plan: CdrBulkPlan,
    norm: CdrNormalisers,
  ): Promise<CdrBulkOutcome | { status: 'declined'; reason: string }> {
    const loaded = await loadLines(this.db, plan);
    if (loaded === undefined) return { status: 'declined', reason: 'quoted field spans lines' };
    await buildValueMaps(this.db, plan, norm);
    await buildSlotMap(this.db, plan, norm);
    // Map tables are small and the row tables are big: the planner sometimes flips the LEFT joins to build
    // its hash tables on the rows (3x slower at 300k rows; out of memory at 3M rows in the events statement),
    // so the build side stays the one written in the SQL.
    await this.db.withSetting('disabled_optimizers', `'build_side_probe_side'`, async () => {
      await buildRowTable(this.db, plan);
      await insertRejects(this.db, plan);
      // Only rejects read the lines and their split fields (over 1 GB at 10M rows): freed now, the wide
      // statements below keep to the memory cap instead of spilling.
      await this.db.run(`DROP TABLE bk_lines; DROP TABLE bk_rows`);
      await insertFromRowTable(this.db, plan);
    });
    const counts = await this.db.one(`
      SELECT count(*) n, count(err) rejected, count(*) FILTER (WHERE err IS NULL AND flag = 'dst-fold') folds,
             count(*) FILTER (WHERE err IS NULL AND flag = 'dst-gap') gaps FROM bk_ev`);
    const codes = await this.db.all(
      `SELECT split_part(err, '|', 1) code, count(*) n FROM bk_ev WHERE err IS NOT NULL GROUP BY 1 ORDER BY 1`,
    );
    return {
      status: 'done',
      rows: Number(counts?.n ?? 0),
      rejected: Number(counts?.rejected ?? 0),
      blankLines: loaded.blank,
      folds: Number(counts?.folds ?? 0),
      gaps: Number(counts?.gaps ?? 0),
      rejectCodes: Object.fromEntries(codes.map((r) => [String(r.code), Number(r.n)])),
    };
  }

  async towerDump(d: TowerDumpDraft): Promise<void> {
    await this.db.run(`INSERT INTO stg_tower_dumps VALUES ($id, $label, $cells, $from, $to)`, {
      id: d.id,
      label: d.label,
      cells: JSON.stringify(d.cells),
      from: d.fromMs,
      to: d.toMs,
    });
  }

  async cells(rows: readonly CellSiteDraft[]): Promise<void> {
    const a = await this.db.conn.createAppender('stg_cells', 'main', 'temp');
    try {
      for (const r of rows) {
        a.appendVarchar(r.key);
        if (r.radio === undefined) a.appendNull();
        else a.appendVarchar(r.radio);
        for (const v of [r.mcc, r.mnc, r.area, r.cell]) a.appendBigInt(BigInt(v));
        for (const v of [r.lat, r.lon, r.azimuth, r.beam, r.rangeM]) {
          if (v === undefined) a.appendNull();
          else a.appendDouble(v);
        }
        if (r.label === undefined) a.appendNull();
        else a.appendVarchar(r.label);
        a.appendBigInt(BigInt(r.row));
        a.endRow();
      }
    } finally {
      a.closeSync();
    }
  }
}
