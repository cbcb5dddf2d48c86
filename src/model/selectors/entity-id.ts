import { deriveId } from '../ids.js';
import type { Id } from '../ids.js';
import type { IccidSelector, ImsiSelector, Selector } from './types.js';

/** The entity a selector identifies; the same identifier from any source yields the same id. */
export type SelectorEntityId = Id<'phone'> | Id<'device'> | Id<'sim'> | Id<'account'>;

/**
 * The entity id for a normalised selector. An e-mail selector and an `email:` account selector for the
 * same address give the same account id.
 */
export function selectorEntityId(sel: Selector): SelectorEntityId {
  switch (sel.kind) {
    case 'phone':
      return deriveId('phone', sel.value);
    case 'imei':
      return deriveId('device', sel.value);
    case 'imsi':
    case 'iccid':
      // IMSIs have at most 15 digits and ICCIDs at least 18, so the bare value cannot collide.
      return deriveId('sim', sel.value);
    case 'email':
      return deriveId('account', `email:${sel.value}`);
    case 'account':
      return deriveId('account', sel.value);
    default: {
      const unreachable: never = sel;
      throw new Error(`unknown selector ${JSON.stringify(unreachable)}`);
    }
  }
}

/**
 * The id of a SIM known by its IMSI, its ICCID or both. The IMSI wins when known: it is what CDRs, cell
 * dumps and intercepts carry, so SIMs seen only in traffic and SIMs also seized physically meet on one node.
 * ICCID-only SIMs keep an ICCID-derived id until an IMSI links them (a merge, not a silent re-key).
 */
export function simEntityId(ids: {
  readonly imsi?: ImsiSelector;
  readonly iccid?: IccidSelector;
}): Id<'sim'> | undefined {
  if (ids.imsi !== undefined) return deriveId('sim', ids.imsi.value);
  if (ids.iccid !== undefined) return deriveId('sim', ids.iccid.value);
  return undefined;
}
