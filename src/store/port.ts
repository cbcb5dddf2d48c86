import type { AuditEntry, ChainedAuditEntry, ImportRecord, RejectRecord } from '../model/index.js';
import type { ImportOutcome, RecordSink } from '../ingest/index.js';
import type { GraphQueries } from './graph-port.js';
import type { CommsQueries } from './comms-port.js';

export interface CaseInfo {
  readonly name: string;
  readonly title: string;
  /** The lawful purpose of the case; the default justification of its audit records. */
  readonly purpose: string;
  readonly region?: string;
  readonly tz?: string;
  readonly file: string;
  readonly createdAt: string;
  readonly createdBy: string;
  readonly status: 'open' | 'purged';
}

export interface AuditHead {
  readonly seq: number;
  readonly hash: string;
}

/** The workspace catalogue: cases and the audit trail. */
export interface CatalogueStore {
  listCases(): Promise<CaseInfo[]>;
  getCase(name: string): Promise<CaseInfo | undefined>;
  createCase(info: CaseInfo, audit: AuditEntry): Promise<void>;
  markPurged(name: string, at: string, audit: AuditEntry): Promise<void>;
  appendAudit(entries: readonly AuditEntry[]): Promise<void>;
  readAudit(): Promise<{ entries: ChainedAuditEntry[]; head: AuditHead | null; fileHead: AuditHead | null }>;
}

/** What an import declares before it runs; the store adds the counts when it commits. */
export interface ImportHeader {
  readonly id: string;
  readonly kind: string;
  readonly importer: string;
  readonly importerVersion: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  readonly user: string;
  readonly startedAt: string;
  readonly options: Readonly<Record<string, unknown>>;
}

export interface SearchHit {
  readonly id: string;
  readonly kind: string;
  readonly key: string | null;
  readonly label: string;
  /** Where the text matched: the identifier, the label, an alias, or a message the entity sent. */
  readonly matched: 'key' | 'label' | 'alias' | 'message';
  readonly matchedText: string;
  readonly score: number;
}

export interface AliasRow {
  readonly name: string;
  readonly holder: string | null;
  readonly holderLabel: string | null;
  readonly context: string | null;
  readonly importId: string;
  readonly fileName: string;
  readonly row: number;
  readonly path: string | null;
}

/** One case database. All SQL stays behind this port. */
export interface CaseStore {
  readonly name: string;
  /** The queries behind the communications analyses (src/analysis/comms). */
  readonly comms: CommsQueries;
  /**
   * Runs an import as one transaction: everything `work` writes, the import record, its rejects and
   * its audit record commit together or not at all.
   */
  runImport(
    header: ImportHeader,
    work: (sink: RecordSink) => Promise<ImportOutcome>,
    audit: AuditEntry,
  ): Promise<ImportRecord>;
  findImportBySha(sha256: string, kind: string): Promise<ImportRecord | undefined>;
  listImports(): Promise<ImportRecord[]>;
  rejects(filter: { importId?: string; limit: number; offset: number }): Promise<RejectRecord[]>;
  search(text: string, limit: number, keys?: readonly string[]): Promise<SearchHit[]>;
  aliases(entityId: string): Promise<AliasRow[]>;
  counts(): Promise<Record<string, number>>;
  /** Counts of records with no source row, sources pointing at no import, rejects with no code. */
  provenanceGaps(): Promise<ProvenanceGaps>;
  /** Aggregated ties for network analysis. */
  readonly graph: GraphQueries;
  close(): void;
}

/** Records that break the provenance rule: each must be zero after any import. */
export interface ProvenanceGaps {
  readonly entitiesWithoutSource: number;
  readonly eventsWithoutSource: number;
  readonly linksWithoutSource: number;
  readonly sourcesWithoutImport: number;
  readonly rejectsWithoutReason: number;
}
