import { commsIndexDir, releaseCommsIndex } from './comms-index/open.js';
import { AuditEntry, SkeinError, type ImportRecord, type RejectRecord } from '../../model/index.js';
import type { ImportOutcome, RecordSink } from '../../ingest/index.js';
import type {
  AliasRow,
  CaseStore,
  CatalogueStore,
  ImportHeader,
  ProvenanceGaps,
  SearchHit,
} from '../port.js';
import { AppenderSink } from './appender-sink.js';
import { Db } from './db.js';
import { mergeStaging } from './finalize.js';
import { migrate } from './migrate.js';
import { CASE_MIGRATIONS } from './migrations/case.js';
import { DuckDbCommsQueries } from './queries/comms/comms-queries.js';
import { listAliases, listImports, listRejects } from './queries/imports.js';
import { caseEdges, nodeInfo } from './queries/graph.js';
import type { GraphQueries } from '../graph-port.js';
import { provenanceGaps } from './queries/provenance.js';
import { searchEntities } from './queries/search.js';
import { STAGING_DDL } from './staging-tables.js';

const COUNTED_TABLES = [
  'entities',
  'entity_sources',
  'events',
  'event_sources',
  'links',
  'link_sources',
  'aliases',
  'imports',
  'rejects',
  'legs',
  'cell_obs',
  'tower_dumps',
  'cells',
  'audit_outbox',
] as const;

/** A case database file, held open (and so locked) by this process until closed. */
export class DuckDbCaseStore implements CaseStore {
  readonly comms: DuckDbCommsQueries;
  readonly graph: GraphQueries = {
    caseEdges: (f) => caseEdges(this.db, f),
    nodeInfo: (ids) => nodeInfo(this.db, ids),
  };

  private constructor(
    readonly name: string,
    readonly db: Db,
    private readonly catalogue: CatalogueStore,
  ) {
    this.comms = new DuckDbCommsQueries(db);
  }

  /**
   * Every path a case database keeps on disk (the file, its WAL, its communications index), with the
   * index released from this process first, so erasing them leaves nothing readable behind.
   */
  static releaseFiles(file: string): string[] {
    releaseCommsIndex(file);
    return [file, `${file}.wal`, commsIndexDir(file)];
  }

  static async open(name: string, file: string, catalogue: CatalogueStore): Promise<DuckDbCaseStore> {
    const db = await Db.open(file, `Case ${name}`);
    try {
      await migrate(db, CASE_MIGRATIONS);
      const store = new DuckDbCaseStore(name, db, catalogue);
      await store.shipOutbox();
      return store;
    } catch (e) {
      db.close();
      throw e;
    }
  }

  async runImport(
    header: ImportHeader,
    work: (sink: RecordSink) => Promise<ImportOutcome>,
    audit: AuditEntry,
  ): Promise<ImportRecord> {
    // Staged outside the transaction: DuckDB scans a table created inside one on a single thread and frees
    // none of it before commit, which made the bulk CDR path 6x slower and grew its memory with the file.
    // Temporary tables are this connection's alone and vanish with the process, so the case itself is
    // still only touched by the transaction below, and a killed import leaves it unchanged.
    let outcome: ImportOutcome;
    try {
      await this.db.run(STAGING_DDL);
      const sink = await AppenderSink.open(this.db);
      try {
        outcome = await work(sink);
      } finally {
        sink.close();
      }
    } catch (e) {
      await this.dropStaging();
      throw e;
    }
    const record = await this.db
      .transaction(async () => {
        const rejected = Number((await this.db.one(`SELECT count(*) n FROM stg_rejects`))?.n ?? 0);
        if (rejected > outcome.rowsIn) {
          throw new SkeinError(
            'IMPORT_COUNT_MISMATCH',
            `The ${header.importer} importer rejected ${rejected} rows of ${outcome.rowsIn} read: its count is wrong.`,
            { file: header.fileName },
          );
        }
        await mergeStaging(this.db, header.id);
        const finishedAt = new Date().toISOString();
        await this.db.run(
          `INSERT INTO imports VALUES ($id, $kind, $importer, $version, $file, $sha, $bytes, $user, $started, $finished,
                                    $rowsIn, $imported, $rejected, $options, $notes, $skipped)`,
          {
            id: header.id,
            kind: header.kind,
            importer: header.importer,
            version: header.importerVersion,
            file: header.fileName,
            sha: header.sha256,
            bytes: header.bytes,
            user: header.user,
            started: header.startedAt,
            finished: finishedAt,
            rowsIn: outcome.rowsIn,
            imported: outcome.rowsIn - rejected,
            rejected,
            options: JSON.stringify(header.options),
            notes: JSON.stringify(outcome.notes),
            skipped: JSON.stringify(outcome.skipped),
          },
        );
        const entry = AuditEntry.parse({
          ...audit,
          recordCount: outcome.rowsIn - rejected,
          detail: { ...audit.detail, rowsIn: outcome.rowsIn, rejected },
        });
        await this.queueAudit(entry);
        const [imported] = await listImports(this.db, this.name, 'WHERE id = $id', { id: header.id });
        if (!imported) throw new Error('import record vanished inside its own transaction');
        return imported;
      })
      .finally(() => this.dropStaging());
    await this.shipOutbox();
    return record;
  }

  async findImportBySha(sha256: string, kind: string): Promise<ImportRecord | undefined> {
    return (
      await listImports(this.db, this.name, 'WHERE sha256 = $sha AND kind = $kind', { sha: sha256, kind })
    )[0];
  }

  listImports(): Promise<ImportRecord[]> {
    return listImports(this.db, this.name);
  }

  rejects(filter: { importId?: string; limit: number; offset: number }): Promise<RejectRecord[]> {
    return listRejects(this.db, filter);
  }

  search(text: string, limit: number, keys: readonly string[] = []): Promise<SearchHit[]> {
    return searchEntities(this.db, { text, keys }, limit);
  }

  aliases(entityId: string): Promise<AliasRow[]> {
    return listAliases(this.db, entityId);
  }

  async counts(): Promise<Record<string, number>> {
    const parts = COUNTED_TABLES.map((t) => `SELECT '${t}' t, count(*) n FROM ${t}`).join(' UNION ALL ');
    const rows = await this.db.all(parts);
    return Object.fromEntries(rows.map((r) => [String(r.t), Number(r.n)]));
  }

  provenanceGaps(): Promise<ProvenanceGaps> {
    return provenanceGaps(this.db);
  }

  close(): void {
    this.db.close();
  }

  /** Frees the import's scratch: an import holds the connection while it runs, so every temporary table is its own. */
  private async dropStaging(): Promise<void> {
    const views = await this.db.all(
      `SELECT view_name v FROM duckdb_views() WHERE temporary AND NOT internal`,
    );
    for (const r of views) await this.db.run(`DROP VIEW IF EXISTS temp.main."${String(r.v)}"`);
    const rows = await this.db.all(`SELECT table_name t FROM duckdb_tables() WHERE temporary`);
    for (const r of rows) await this.db.run(`DROP TABLE IF EXISTS temp.main."${String(r.t)}"`);
  }

  /** Written in the same transaction as the change it records; shipped to the catalogue's chain after commit. */
  private async queueAudit(entry: AuditEntry): Promise<void> {
    await this.db.run(
      `INSERT INTO audit_outbox SELECT $id, coalesce(max(local_seq), 0) + 1, $entry FROM audit_outbox`,
      { id: entry.id, entry: JSON.stringify(entry) },
    );
  }

  /** Idempotent: the catalogue skips ids it already holds, so a crash between the two steps repeats safely. */
  private async shipOutbox(): Promise<void> {
    const rows = await this.db.all(`SELECT id, entry FROM audit_outbox ORDER BY local_seq`);
    if (rows.length === 0) return;
    await this.catalogue.appendAudit(rows.map((r) => AuditEntry.parse(JSON.parse(String(r.entry)))));
    await this.db.run(
      `DELETE FROM audit_outbox WHERE id IN (SELECT unnest(from_json($ids, '["VARCHAR"]')))`,
      {
        ids: JSON.stringify(rows.map((r) => String(r.id))),
      },
    );
  }
}
