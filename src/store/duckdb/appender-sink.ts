import type { DuckDBAppender } from '@duckdb/node-api';
import { entityId, eventId, linkId } from '../../model/index.js';
import type {
  AliasDraft,
  BulkStage,
  EntityDraft,
  EventDraft,
  LinkDraft,
  RecordSink,
  RejectDraft,
  RowRef,
  Sighting,
} from '../../ingest/index.js';
import { DuckDbBulkStage } from './bulk/bulk-stage.js';
import type { Db } from './db.js';
import { STAGING_TABLES, type StagingTable } from './staging-tables.js';

type Cell = string | number | null | undefined;

/** A RecordSink that appends every draft to the staging tables, synchronously; the case store merges them in one transaction. */
export class AppenderSink implements RecordSink {
  private constructor(
    private readonly appenders: Record<StagingTable, DuckDBAppender>,
    readonly bulk: BulkStage,
  ) {}

  static async open(db: Db): Promise<AppenderSink> {
    const entries = await Promise.all(
      STAGING_TABLES.map(async (t) => [t, await db.conn.createAppender(t, 'main', 'temp')] as const),
    );
    const bulk = await DuckDbBulkStage.open(db);
    return new AppenderSink(Object.fromEntries(entries) as Record<StagingTable, DuckDBAppender>, bulk);
  }

  entity(d: EntityDraft, at: RowRef): string {
    const id = entityId(d);
    this.append('stg_entities', [
      id,
      d.kind,
      d.key,
      d.label ?? d.key ?? '',
      d.category,
      JSON.stringify(d.props ?? {}),
      d.raw,
      json(d.grading),
      at.row,
      at.path,
    ]);
    return id;
  }

  event(d: EventDraft, at: RowRef): string {
    const id = eventId(d);
    const a = sightingOf(d.sightings, 'from');
    const b = sightingOf(d.sightings, 'to');
    this.append('stg_events', [
      id,
      d.kind,
      Math.round(d.startUtcMs),
      d.durationS,
      d.from,
      d.to,
      d.text,
      d.dumpId,
      JSON.stringify(d.props ?? {}),
      a?.cell,
      a?.imei,
      a?.imsi,
      b?.cell,
      b?.imei,
      b?.imsi,
      d.time.raw,
      d.time.zone,
      d.time.flag,
      json(d.grading),
      at.row,
      at.path,
    ]);
    return id;
  }

  link(d: LinkDraft, at: RowRef): string {
    const id = linkId(d);
    this.append('stg_links', [
      id,
      d.kind,
      d.from,
      d.to,
      d.basis ?? 'fact',
      d.validFromMs,
      d.validToMs,
      JSON.stringify(d.props ?? {}),
      json(d.grading),
      at.row,
      at.path,
    ]);
    return id;
  }

  alias(d: AliasDraft, at: RowRef): void {
    this.append('stg_aliases', [d.entity, d.name, d.holder, d.context, at.row, at.path]);
  }

  reject(d: RejectDraft): void {
    this.append('stg_rejects', [d.row, d.field, d.code, d.detail, d.raw]);
  }

  close(): void {
    for (const a of Object.values(this.appenders)) a.closeSync();
  }

  private append(table: StagingTable, cells: readonly Cell[]): void {
    const a = this.appenders[table];
    for (const c of cells) {
      if (c === null || c === undefined) a.appendNull();
      else if (typeof c === 'number') {
        if (Number.isInteger(c)) a.appendBigInt(BigInt(c));
        else throw new Error(`non-integer number in ${table}`);
      } else a.appendVarchar(c);
    }
    a.endRow();
  }
}

function sightingOf(s: readonly Sighting[] | undefined, party: Sighting['party']): Sighting | undefined {
  return s?.find((x) => x.party === party);
}

function json(v: unknown): string | undefined {
  return v === undefined ? undefined : JSON.stringify(v);
}
