import type { EventKind } from '../../model/index.js';
import type { AccountService } from '../../model/selectors/index.js';
import type { PropValue, RowRef } from '../contract.js';
import { imported, rejected } from './map-context.js';
import type { MapContext, MapOutcome } from './map-context.js';
import { childModels, fieldText, fieldValue } from './model-node.js';
import type { UfedModel } from './model-node.js';
import { resolveParties } from './parties.js';
import type { PartyInput, PartyRef } from './parties.js';
import { serviceOfSource } from './services.js';
import { parseTimeSpan } from './timespan.js';
import { parseUfedTimestamp } from './timestamp.js';

const DIRECTION_FIELDS = ['Direction', 'Folder', 'Type', 'Status'] as const;

/** The event time of a model (`TimeStamp`, else `DateSent`/`StartTime`), or undefined. */
export function modelTime(
  model: UfedModel,
  ctx: MapContext,
  names: readonly string[] = ['TimeStamp', 'DateSent'],
) {
  for (const name of names) {
    const v = fieldValue(model, name);
    if (v === undefined || (v.text.trim() === '' && v.attrs['formattedTimestamp'] === undefined)) continue;
    return parseUfedTimestamp(v.text, v.attrs['formattedTimestamp'], ctx.tz);
  }
  return undefined;
}

export function directionOf(model: UfedModel): string | undefined {
  for (const f of DIRECTION_FIELDS) {
    const t = fieldText(model, f);
    if (t !== undefined) return t;
  }
  return undefined;
}

/** Props every UFED-derived record keeps: the decoder's source app and the deleted state. */
export function commonProps(model: UfedModel): Record<string, PropValue> {
  const props: Record<string, PropValue> = {};
  const source = fieldText(model, 'Source') ?? fieldText(model, 'SourceApplication');
  if (source !== undefined) props['source'] = source;
  const deleted = model.attrs['deleted_state'];
  if (deleted !== undefined) props['deletedState'] = deleted;
  const id = model.attrs['id'];
  if (id !== undefined) props['ufedId'] = id;
  return props;
}

export interface CommunicationSpec {
  readonly kind: EventKind;
  readonly parties: readonly PartyRef[];
  readonly owner?: string;
  /** The app of the enclosing chat; messages inside a chat often name no Source of their own. */
  readonly service?: AccountService;
  readonly fallbackTo?: readonly string[];
  readonly text?: string;
  readonly durationS?: number;
  readonly props?: Record<string, PropValue>;
}

/** Writes one event per recipient of a call or message model, or rejects the model. */
export function writeCommunication(
  model: UfedModel,
  spec: CommunicationSpec,
  at: RowRef,
  ctx: MapContext,
): MapOutcome {
  const when = modelTime(model, ctx);
  if (when === undefined) return rejected('UFED_BAD_TIMESTAMP', 'TimeStamp');
  const direction = directionOf(model);
  const source = fieldText(model, 'Source') ?? fieldText(model, 'SourceApplication');
  const service = spec.service ?? (spec.kind === 'message' ? serviceOfSource(source) : undefined);
  const input: PartyInput = {
    parties: spec.parties,
    owner: spec.owner ?? ctx.owner.anchor(at),
    ...(direction !== undefined ? { direction } : {}),
    ...(service !== undefined ? { service } : {}),
    ...(spec.fallbackTo !== undefined ? { fallbackTo: spec.fallbackTo } : {}),
  };
  const parties = resolveParties(input, at, ctx);
  if (parties.issue !== undefined && parties.to.length === 0) return rejected(parties.issue, 'Parties');
  const props: Record<string, PropValue> = { ...commonProps(model), ...spec.props };
  if (direction !== undefined) props['direction'] = direction;
  if (!parties.isDirectionKnown) props['directionKnown'] = false;
  if (source?.toLowerCase() === 'sim') props['storage'] = 'sim';
  const recipients: readonly (string | undefined)[] = parties.to.length > 0 ? parties.to : [undefined];
  for (const to of recipients) {
    ctx.sink.event(
      {
        kind: spec.kind,
        startUtcMs: when.utcMs,
        time: when.time,
        ...(parties.from !== undefined ? { from: parties.from } : {}),
        ...(to !== undefined ? { to } : {}),
        ...(spec.durationS !== undefined ? { durationS: spec.durationS } : {}),
        ...(spec.text !== undefined ? { text: spec.text } : {}),
        props,
      },
      at,
    );
  }
  return imported;
}

export function mapCall(model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome {
  const durationText = fieldText(model, 'Duration');
  const durationS = durationText !== undefined ? parseTimeSpan(durationText) : undefined;
  if (durationText !== undefined && durationS === undefined) return rejected('UFED_BAD_DURATION', 'Duration');
  const props: Record<string, PropValue> = {};
  for (const f of ['Type', 'Status', 'NetworkName', 'VideoCall'] as const) {
    const v = fieldText(model, f);
    if (v !== undefined) props[f.charAt(0).toLowerCase() + f.slice(1)] = v;
  }
  return writeCommunication(
    model,
    { kind: 'call', parties: partiesOf(model), ...(durationS !== undefined ? { durationS } : {}), props },
    at,
    ctx,
  );
}

/** SMS and MMS: Parties (or From/To), Body / Subject. */
export function mapShortMessage(kind: 'sms' | 'mms') {
  return (model: UfedModel, at: RowRef, ctx: MapContext): MapOutcome => {
    const parties = partiesOf(model);
    const text = fieldText(model, 'Body') ?? fieldText(model, 'Subject');
    return writeCommunication(model, { kind, parties, ...(text !== undefined ? { text } : {}) }, at, ctx);
  };
}

/** Parties of a model: `Parties` carry their own Role; `From` / `To` containers imply it. */
export function partiesOf(model: UfedModel): PartyRef[] {
  return [
    ...childModels(model, 'Parties').map((m) => ({ model: m })),
    ...childModels(model, 'From').map((m) => ({ model: m, role: 'from' as const })),
    ...childModels(model, 'To').map((m) => ({ model: m, role: 'to' as const })),
  ];
}
