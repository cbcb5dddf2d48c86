import type { RecordSink, RowRef } from '../contract.js';
import type { Identities } from './identities.js';
import type { UfedModel } from './model-node.js';
import type { OwnerAnchor } from './owner.js';
import type { SimFacts } from './sim-facts.js';

/** What every model mapper needs: where to write, how to resolve identifiers, who the owner is. */
export interface MapContext {
  readonly sink: RecordSink;
  readonly ids: Identities;
  readonly owner: OwnerAnchor;
  readonly sims: SimFacts;
  /** IANA zone for timestamps without an offset. */
  readonly tz?: string;
  /** Adds an alias once per (entity, name, holder) in this import. */
  alias(entity: string, name: string, at: RowRef, context?: string): void;
}

/** A unit was imported, or is to be rejected with a stable code. */
export type MapOutcome =
  { readonly ok: true } | { readonly ok: false; readonly code: string; readonly field?: string };

export const imported: MapOutcome = { ok: true };
export const rejected = (code: string, field?: string): MapOutcome =>
  field !== undefined ? { ok: false, code, field } : { ok: false, code };

export type ModelMapper = (model: UfedModel, at: RowRef, ctx: MapContext) => MapOutcome;
