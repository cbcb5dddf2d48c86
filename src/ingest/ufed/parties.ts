import type { AccountService } from '../../model/selectors/index.js';
import type { RowRef } from '../contract.js';
import type { MapContext } from './map-context.js';
import { fieldFlag, fieldText } from './model-node.js';
import type { UfedModel } from './model-node.js';

/** Who sent and who received, as entity ids; `issue` names the first identifier that did not normalise. */
export interface ResolvedParties {
  readonly from?: string;
  readonly to: readonly string[];
  readonly isDirectionKnown: boolean;
  readonly issue?: string;
}

/** A Party model and the role its container implies (`From` / `To` of an InstantMessage). */
export interface PartyRef {
  readonly model: UfedModel;
  readonly role?: 'from' | 'to';
}

export interface PartyInput {
  readonly parties: readonly PartyRef[];
  /** Direction / Folder / Type text of the event. */
  readonly direction?: string;
  readonly service?: AccountService;
  /** The owner side: the chat's own account, or the owner anchor. */
  readonly owner: string;
  /** The other participants of a one-to-one chat, used when a message names no recipient. */
  readonly fallbackTo?: readonly string[];
}

const OUTGOING = /outgoing|sent|outbox|draft/iu;
const INCOMING = /incoming|missed|rejected|inbox|received|unread|read/iu;
const FROM_ROLES = new Set(['from']);
const TO_ROLES = new Set(['to', 'cc', 'bcc']);

/**
 * Resolves UFED Party models into from/to ids. Roles decide when present; otherwise the direction of
 * the event puts the owner on one side. Party names become aliases held by the seized phone.
 */
export function resolveParties(input: PartyInput, at: RowRef, ctx: MapContext): ResolvedParties {
  const froms: string[] = [];
  const tos: string[] = [];
  const others: string[] = [];
  let issue: string | undefined;
  for (const { model: p, role: implied } of input.parties) {
    const role = implied ?? (fieldText(p, 'Role') ?? '').toLowerCase();
    const id = partyId(p, input, at, ctx);
    if (id === undefined) continue;
    if (typeof id !== 'string') {
      issue ??= id.code;
      continue;
    }
    (FROM_ROLES.has(role) ? froms : TO_ROLES.has(role) ? tos : others).push(id);
  }
  const dir = input.direction ?? '';
  const isOutgoing = OUTGOING.test(dir);
  const isIncoming = !isOutgoing && INCOMING.test(dir);
  let from = froms[0] ?? (isOutgoing ? input.owner : isIncoming ? others.shift() : undefined);
  let to: readonly string[] = tos.length > 0 ? tos : isIncoming ? [input.owner] : others;
  if (from === undefined) {
    // No role and no direction: keep the event, with the counterpart as originator, and say so.
    from = others.shift() ?? input.owner;
    to = to.filter((t) => t !== from);
  }
  if (to.length === 0 && from !== input.owner) to = [input.owner];
  if (to.length === 0 && input.fallbackTo !== undefined) to = input.fallbackTo;
  const unique = [...new Set(to)].filter((t) => t !== from);
  const base = { from, to: unique, isDirectionKnown: froms.length > 0 || isOutgoing || isIncoming };
  return issue !== undefined ? { ...base, issue } : base;
}

function partyId(
  p: UfedModel,
  input: PartyInput,
  at: RowRef,
  ctx: MapContext,
): string | { readonly code: string } | undefined {
  if (fieldFlag(p, 'IsPhoneOwner')) return input.owner;
  const identifier = fieldText(p, 'Identifier');
  if (identifier === undefined) return undefined;
  const id = ctx.ids.party(identifier, input.service, at);
  if (!id.ok) return { code: id.error.code };
  const name = fieldText(p, 'Name');
  if (name !== undefined && name !== identifier) ctx.alias(id.value, name, at);
  return id.value;
}
