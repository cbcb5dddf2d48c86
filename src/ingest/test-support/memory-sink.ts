import { entityId, eventId, linkId } from '../../model/index.js';
import type {
  AliasDraft,
  EntityDraft,
  EventDraft,
  LinkDraft,
  RecordSink,
  RejectDraft,
  RowRef,
} from '../contract.js';

/** A RecordSink that keeps everything in arrays, for importer unit tests. The store's sink is the real one. */
export class MemorySink implements RecordSink {
  readonly entities: { id: string; draft: EntityDraft; at: RowRef }[] = [];
  readonly events: { id: string; draft: EventDraft; at: RowRef }[] = [];
  readonly links: { id: string; draft: LinkDraft; at: RowRef }[] = [];
  readonly aliases: { draft: AliasDraft; at: RowRef }[] = [];
  readonly rejects: RejectDraft[] = [];

  entity(draft: EntityDraft, at: RowRef): string {
    const id = entityId(draft);
    this.entities.push({ id, draft, at });
    return id;
  }
  event(draft: EventDraft, at: RowRef): string {
    const id = eventId(draft);
    this.events.push({ id, draft, at });
    return id;
  }
  link(draft: LinkDraft, at: RowRef): string {
    const id = linkId(draft);
    this.links.push({ id, draft, at });
    return id;
  }
  alias(draft: AliasDraft, at: RowRef): void {
    this.aliases.push({ draft, at });
  }
  reject(draft: RejectDraft): void {
    this.rejects.push(draft);
  }
  /** Entities of one kind, deduplicated by id. */
  distinct(kind: EntityDraft['kind']): string[] {
    return [...new Set(this.entities.filter((e) => e.draft.kind === kind).map((e) => e.id))];
  }
}
