import type { AccountService } from '../../model/selectors/index.js';
import type { PropValue, RowRef } from '../contract.js';
import { imported, rejected } from './map-context.js';
import type { MapContext, MapOutcome } from './map-context.js';
import { partiesOf, writeCommunication } from './map-communication.js';
import { childModels, fieldFlag, fieldText } from './model-node.js';
import type { UfedModel } from './model-node.js';
import { serviceOfSource } from './services.js';

/** What messages of one chat share: the owner's account in the app and the other participants. */
export interface ChatScope {
  readonly owner?: string;
  readonly service?: AccountService;
  readonly others: readonly string[];
  readonly props: Readonly<Record<string, PropValue>>;
}

/**
 * Maps the Chat unit itself: the owner's app account (linked from the device) and the participants.
 * Its messages are separate units, mapped with the returned scope.
 */
export function mapChat(
  model: UfedModel,
  at: RowRef,
  ctx: MapContext,
): { outcome: MapOutcome; scope: ChatScope } {
  const source = fieldText(model, 'Source');
  const service = serviceOfSource(source);
  const props: Record<string, PropValue> = {};
  if (source !== undefined) props['source'] = source;
  const chatId = fieldText(model, 'Id');
  const chatName = fieldText(model, 'Name');
  if (chatId !== undefined) props['chatId'] = chatId;
  if (chatName !== undefined) props['chatName'] = chatName;

  let owner: string | undefined;
  const account = fieldText(model, 'Account');
  if (account !== undefined) {
    const id = ctx.ids.party(account, service, at);
    if (id.ok) {
      owner = id.value;
      ctx.owner.linkFromDevice(id.value, at);
    }
  }
  const others: string[] = [];
  let issue: string | undefined;
  for (const p of childModels(model, 'Participants')) {
    const identifier = fieldText(p, 'Identifier');
    if (identifier === undefined) continue;
    const id = ctx.ids.party(identifier, service, at);
    if (!id.ok) {
      issue ??= id.error.code;
      continue;
    }
    if (fieldFlag(p, 'IsPhoneOwner')) {
      owner ??= id.value;
      ctx.owner.linkFromDevice(id.value, at);
      continue;
    }
    if (id.value === owner) continue;
    others.push(id.value);
    const name = fieldText(p, 'Name');
    if (name !== undefined && name !== identifier) ctx.alias(id.value, name, at);
  }
  const scope = {
    ...(owner !== undefined ? { owner } : {}),
    ...(service !== undefined ? { service } : {}),
    others,
    props,
  };
  // The chat unit is imported when it named anyone; its messages stand on their own.
  const outcome =
    owner !== undefined || others.length > 0
      ? imported
      : rejected(issue ?? 'UFED_CHAT_NO_PARTICIPANTS', 'Participants');
  return { outcome, scope };
}

/** An InstantMessage, inside a chat (with its scope) or on its own. */
export function mapInstantMessage(
  model: UfedModel,
  at: RowRef,
  ctx: MapContext,
  scope?: ChatScope,
): MapOutcome {
  const text = fieldText(model, 'Body');
  const isGroup = (scope?.others.length ?? 0) > 1;
  const props: Record<string, PropValue> = { ...scope?.props };
  if (isGroup) props['group'] = true;
  return writeCommunication(
    model,
    {
      kind: 'message',
      parties: partiesOf(model),
      ...(scope?.owner !== undefined ? { owner: scope.owner } : {}),
      ...(scope?.service !== undefined ? { service: scope.service } : {}),
      // A message without a recipient in a one-to-one chat goes to the other participant; in a group
      // it goes to the group, which has no entity, so `to` stays empty and `props.chatId` names it.
      ...(scope !== undefined && !isGroup ? { fallbackTo: scope.others } : {}),
      ...(text !== undefined ? { text } : {}),
      props,
    },
    at,
    ctx,
  );
}
