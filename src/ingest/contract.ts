import type { z } from 'zod';
import type { BulkStage } from './cdr/bulk-plan.js';
import type {
  Basis,
  EntityKind,
  EventKind,
  Grading,
  LinkKind,
  SubjectCategory,
  TimeBasis,
} from '../model/index.js';

/** A property value as imported; `raw` keeps the text it was read from when it differs. */
export type PropValue = string | number | boolean | null;

/** An entity as an importer sees it. Entities with a `key` get a content-derived id, so one phone is one node. */
export interface EntityDraft {
  readonly kind: EntityKind;
  /** The normalised identifier (E.164, IMEI, IMSI, `service:handle`…). Required for selector kinds. */
  readonly key?: string;
  /** A deterministic natural id for entities without an identifier (a person row in a file). */
  readonly naturalId?: string;
  readonly label?: string;
  /** The original text the key was normalised from. */
  readonly raw?: string;
  readonly props?: Readonly<Record<string, PropValue>>;
  readonly category?: SubjectCategory;
  readonly grading?: Grading;
}

/** What the network saw of one party of an event: the cell it used, its handset and SIM. */
export interface Sighting {
  readonly party: 'from' | 'to';
  readonly cell?: string;
  readonly imei?: string;
  readonly imsi?: string;
}

/** An event between entities. `from` originates it: the caller, the sender, the selector seen at a cell. */
export interface EventDraft {
  readonly kind: EventKind;
  readonly startUtcMs: number;
  readonly time: TimeBasis;
  readonly durationS?: number;
  readonly from?: string;
  readonly to?: string;
  readonly sightings?: readonly Sighting[];
  readonly text?: string;
  /**
   * The 0-based position among events of one source identical in kind, parties and start: two
   * messages stamped to the same minute stay two events.
   */
  readonly ordinal?: number;
  /** The tower-dump request this observation answers, if any. */
  readonly dumpId?: string;
  readonly props?: Readonly<Record<string, PropValue>>;
  readonly grading?: Grading;
}

export interface LinkDraft {
  readonly kind: LinkKind;
  readonly from: string;
  readonly to: string;
  readonly basis?: Basis;
  readonly grading?: Grading;
  readonly validFromMs?: number;
  readonly validToMs?: number;
  readonly props?: Readonly<Record<string, PropValue>>;
}

/** A name an entity is known under: "saved as 'Hajj Boat' in the phone of X". */
export interface AliasDraft {
  readonly entity: string;
  readonly name: string;
  /** The entity (phone, device, account) whose contact list or chat holds the name. */
  readonly holder?: string;
  readonly context?: string;
}

export interface RejectDraft {
  readonly row: number;
  readonly field?: string;
  readonly code: string;
  readonly detail?: string;
  readonly raw: string;
}

/** Where one record came from inside the file being imported. */
export interface RowRef {
  readonly row: number;
  readonly path?: string;
}

/** What an importer writes into. Every call is part of the import's single transaction. */
export interface RecordSink {
  /** Records an entity and returns its id; repeated drafts of one entity merge. */
  entity(draft: EntityDraft, at: RowRef): string;
  event(draft: EventDraft, at: RowRef): string;
  link(draft: LinkDraft, at: RowRef): string;
  alias(draft: AliasDraft, at: RowRef): void;
  reject(draft: RejectDraft): void;
  /** The store's bulk path for large tabular files (CDRs, cell registries), when the sink has one. */
  readonly bulk?: BulkStage;
}

/** Hard limits an importer enforces before and while it reads. */
export interface ImportLimits {
  readonly maxFileBytes: number;
  readonly maxArchiveEntries: number;
  readonly maxUncompressedBytes: number;
  readonly maxCompressionRatio: number;
}

export const DEFAULT_LIMITS: ImportLimits = {
  maxFileBytes: 64 * 1024 ** 3,
  maxArchiveEntries: 2_000_000,
  maxUncompressedBytes: 256 * 1024 ** 3,
  maxCompressionRatio: 200,
};

/** The file (or folder) being imported, already hashed. */
export interface ImportInput {
  readonly path: string;
  readonly fileName: string;
  readonly sha256: string;
  readonly bytes: number;
  /** A private scratch folder, removed after the import. */
  readonly tmpDir: string;
  readonly limits: ImportLimits;
  /** Default region for national-format numbers (ISO 3166-1 alpha-2). */
  readonly region?: string;
  /** Zone for local times that carry no offset (IANA name). */
  readonly tz?: string;
  /** The seized phone's own number when the extraction does not hold it. */
  readonly owner?: string;
}

export type ProgressFn = (done: number, total: number | undefined, unit: 'rows' | 'bytes') => void;

export interface ImportOutcome {
  /** Input units read: rows, lines, messages or model elements. Must equal imported + rejected. */
  readonly rowsIn: number;
  /** Counts of elements the importer read but does not model, by type (never silently dropped). */
  readonly skipped: Readonly<Record<string, number>>;
  readonly notes: readonly string[];
}

/** Every importer implements this one contract, and passes the shared contract suite. */
export interface Importer<O> {
  readonly kind: string;
  readonly name: string;
  readonly version: string;
  readonly options: z.ZodType<O>;
  /** Whether `path` may be a folder (an unpacked extraction). */
  readonly acceptsFolder: boolean;
  run(input: ImportInput, options: O, sink: RecordSink, progress: ProgressFn): Promise<ImportOutcome>;
}

export type {
  BulkStage,
  CdrBulkOutcome,
  CdrBulkPlan,
  CellSiteDraft,
  TowerDumpDraft,
} from './cdr/bulk-plan.js';
export type { CdrNormalisers, CellValue } from './cdr/normalisers.js';
export type { SelectorValue } from './cdr/parse/selectors.js';
export type { CallType } from './cdr/parse/call-type.js';
