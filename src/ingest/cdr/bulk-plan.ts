import type { CdrNormalisers } from './normalisers.js';
import type { Role } from './roles.js';

/**
 * What the CDR importer hands the store's bulk stage: a UTF-8 delimited file it can read itself, and
 * the mapping rules as data. The SQL (src/store/duckdb/bulk/) implements row-mapper.ts's rules and
 * calls the same normalisers once per distinct value.
 */
export interface CdrBulkPlan {
  readonly path: string;
  readonly delimiter: string;
  readonly newline: '\n' | '\r\n';
  /** Fields may be double-quoted (RFC 4180). A line with an odd number of quotes makes the stage decline. */
  readonly quoted: boolean;
  /** The first field of each line is the original line number (a file transcoded by the importer). */
  readonly lineColumn: boolean;
  /** Physical lines before the first data line (preamble and header). */
  readonly skipLines: number;
  readonly headerCount: number;
  readonly columns: Readonly<Partial<Record<Role, number>>>;
  readonly time:
    | { readonly kind: 'fields'; readonly order: 'dmy' | 'mdy' | 'ymd'; readonly regex: string }
    | { readonly kind: 'compact'; readonly regex: string }
    | { readonly kind: 'excel'; readonly regex: string; readonly epochDays: number };
  /** The IANA zone for times without offset, resolved per slot by `normalisers.zone`. */
  readonly zone?: string;
  readonly slotMs: number;
  readonly footerRegex: string;
  readonly fixedTarget?: string;
  readonly dumpId?: string;
  /** Joins a rejected row's fields back into text when the line itself is not the original. */
  readonly joiner: string;
}

export interface CdrBulkOutcome {
  readonly status: 'done';
  readonly rows: number;
  readonly rejected: number;
  readonly blankLines: number;
  readonly folds: number;
  readonly gaps: number;
  readonly rejectCodes: Readonly<Record<string, number>>;
}

/** A tower-dump request: its cells and window. */
export interface TowerDumpDraft {
  readonly id: string;
  readonly label: string;
  readonly cells: readonly string[];
  readonly fromMs: number;
  readonly toMs: number;
}

/** One cell of a registry (OpenCelliD or an operator list), keyed like CDR cells. */
export interface CellSiteDraft {
  readonly key: string;
  readonly radio?: string;
  readonly mcc: number;
  readonly mnc: number;
  readonly area: number;
  readonly cell: number;
  readonly lat?: number;
  readonly lon?: number;
  readonly azimuth?: number;
  readonly beam?: number;
  readonly rangeM?: number;
  readonly label?: string;
  readonly row: number;
}

/** The store's fast path for tabular imports; present on sinks that write to a database. */
export interface BulkStage {
  /** Reads and maps a whole CDR file in SQL; `declined` when the file needs the importer's transcoding first. */
  cdrRows(
    plan: CdrBulkPlan,
    norm: CdrNormalisers,
  ): Promise<CdrBulkOutcome | { readonly status: 'declined'; readonly reason: string }>;
  towerDump(d: TowerDumpDraft): Promise<void>;
  cells(rows: readonly CellSiteDraft[]): Promise<void>;
}
