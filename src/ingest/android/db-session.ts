import type { Database } from 'sql.js';
import type { ImportInput, ImportOutcome, RecordSink, RowRef } from '../contract.js';
import { extractionAnchor, type Identities, type OwnerAnchor } from '../ufed/index.js';
import type { Row } from './sqlite-file.js';
import { eachRow } from './sqlite-file.js';

/** A row was imported, or is rejected with a stable code. */
export type RowOutcome =
  { readonly ok: true } | { readonly ok: false; readonly code: string; readonly field?: string };

/** What a table mapper gets: the sink, identifier resolution and the seized phone's anchor. */
export interface DbContext {
  readonly sink: RecordSink;
  readonly ids: Identities;
  readonly owner: OwnerAnchor;
  /** Alias once per (entity, name) in this import, held by the owner. */
  alias(entity: string, name: string, at: RowRef): void;
}

/** Runs row mappers over the databases of one import, numbering rows across all of them. */
export class DbSession {
  readonly ctx: DbContext;
  private rowsIn = 0;
  private readonly notes: string[] = [];
  private readonly skipped: Record<string, number> = {};
  private readonly aliases = new Set<string>();

  constructor(
    private readonly sink: RecordSink,
    input: ImportInput,
  ) {
    const { ids, owner } = extractionAnchor(sink, input);
    this.ctx = {
      sink,
      ids,
      owner,
      alias: (entity, name, at) => {
        const key = `${entity}\u001f${name}`;
        if (this.aliases.has(key)) return;
        this.aliases.add(key);
        sink.alias({ entity, name, holder: owner.anchor(at), context: owner.context }, at);
      },
    };
  }

  /** Maps every row of `sql`; `label` names the table in provenance (`<db>: table sms rowid 12`). */
  table(db: Database, sql: string, label: string, map: (row: Row, at: RowRef) => RowOutcome): void {
    eachRow(db, sql, (row) => {
      this.rowsIn += 1;
      const at = { row: this.rowsIn, path: `${label} rowid ${String(row['rowid_'] ?? '?')}` };
      const outcome = map(row, at);
      if (outcome.ok) return;
      this.sink.reject({
        row: at.row,
        code: outcome.code,
        ...(outcome.field !== undefined ? { field: outcome.field } : {}),
        detail: at.path,
        raw: JSON.stringify(row, (_k, v: unknown) => (v instanceof Uint8Array ? `<${v.length} bytes>` : v)),
      });
    });
  }

  note(text: string): void {
    this.notes.push(text);
  }

  skip(kind: string): void {
    this.skipped[kind] = (this.skipped[kind] ?? 0) + 1;
  }

  finish(): ImportOutcome {
    return { rowsIn: this.rowsIn, skipped: { ...this.skipped }, notes: [...this.notes] };
  }
}
