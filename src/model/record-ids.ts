import { deriveId } from './ids.js';
import type { EntityKind } from './entity.js';
import type { EventKind } from './event.js';
import type { LinkKind } from './link.js';

/** The id of an entity: from its normalised identifier, or from a natural key for entities without one. */
export function entityId(e: {
  readonly kind: EntityKind;
  readonly key?: string;
  readonly naturalId?: string;
}): string {
  if (e.key !== undefined) return deriveId(e.kind, e.key);
  if (e.naturalId !== undefined) return deriveId(e.kind, 'natural', e.naturalId);
  throw new Error(`entity of kind ${e.kind} has neither key nor naturalId`);
}

/**
 * The id of an event from what it is, not where it was read: the same call in the A-party's and the
 * B-party's billing gets one id, and so one event with two sources.
 */
export function eventId(e: {
  readonly kind: EventKind;
  readonly from?: string;
  readonly to?: string;
  readonly startUtcMs: number;
  readonly durationS?: number;
  readonly dumpId?: string;
  readonly ordinal?: number;
}): string {
  const parts = [
    e.kind,
    e.from ?? '',
    e.to ?? '',
    String(e.startUtcMs),
    String(e.durationS ?? ''),
    e.dumpId ?? '',
  ];
  // Ordinal 0 adds nothing, so ids of events that never needed one stay as they were.
  return deriveId('event', ...parts, ...(e.ordinal ? [String(e.ordinal)] : []));
}

export function linkId(l: { readonly kind: LinkKind; readonly from: string; readonly to: string }): string {
  return deriveId('link', l.kind, l.from, l.to);
}
