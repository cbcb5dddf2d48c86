import type { RowRef } from '../contract.js';
import { imported, rejected } from './map-context.js';
import type { MapContext, MapOutcome } from './map-context.js';
import { childModels, fieldText } from './model-node.js';
import type { UfedModel } from './model-node.js';
import { serviceOfSource } from './services.js';
import type { IdResult } from './identities.js';

/**
 * A Contact: each entry (PhoneNumber, EMailAddress, UserID) becomes an entity, and the contact's name an
 * alias of it held by the seized phone — "how is this number saved in this phone". ADN entries read from
 * the SIM say so in the alias context.
 */
export function mapContact(model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome {
  const name = fieldText(model, 'Name');
  const source = fieldText(model, 'Source');
  const isSim = source?.toLowerCase() === 'sim';
  const context = isSim ? `SIM phonebook (ADN), ${ctx.owner.context}` : undefined;
  let resolved = 0;
  let issue: string | undefined;
  for (const entry of childModels(model, 'Entries')) {
    const value = fieldText(entry, 'Value');
    if (value === undefined) continue;
    const id = entryId(entry, value, source, at, ctx);
    if (id === undefined) continue;
    if (!id.ok) {
      issue ??= id.error.code;
      continue;
    }
    resolved += 1;
    if (name !== undefined) ctx.alias(id.value, name, at, context);
  }
  if (resolved > 0) return imported;
  return rejected(issue ?? 'UFED_CONTACT_EMPTY', 'Entries');
}

function entryId(
  entry: UfedModel,
  value: string,
  source: string | undefined,
  at: RowRef,
  ctx: MapContext,
): IdResult | undefined {
  switch (entry.type) {
    case 'PhoneNumber':
      return ctx.ids.phone(value, at);
    case 'EMailAddress':
      return ctx.ids.account(value, 'email', at);
    case 'UserID': {
      const service = serviceOfSource(fieldText(entry, 'Domain') ?? source) ?? 'other';
      return ctx.ids.account(value, service, at);
    }
    default:
      // Web addresses, street addresses and the like are not selectors.
      return undefined;
  }
}
