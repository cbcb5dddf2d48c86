import type { ImportInput, ImportOutcome, RecordSink, RowRef } from '../contract.js';
import { mapChat, mapInstantMessage } from './map-chat.js';
import { mapCall, mapShortMessage } from './map-communication.js';
import { mapContact } from './map-contact.js';
import type { MapContext, MapOutcome, ModelMapper } from './map-context.js';
import { addDeviceFact, mapNamedFact, mapUserAccount } from './map-device.js';
import { mapCellTower, mapLocation } from './map-location.js';
import { childModels } from './model-node.js';
import type { UfedModel, UfedTopModel } from './model-node.js';
import { extractionAnchor } from './owner.js';
import { SimFacts } from './sim-facts.js';
import type { UfedOptions } from './options.js';

const MAPPERS: Readonly<Record<string, ModelMapper>> = {
  Call: mapCall,
  SMS: mapShortMessage('sms'),
  MMS: mapShortMessage('mms'),
  InstantMessage: (m, at, ctx) => mapInstantMessage(m, at, ctx),
  Contact: mapContact,
  Location: mapLocation,
  CellTower: mapCellTower,
  DeviceInfoEntry: mapNamedFact(false),
  SIMData: mapNamedFact(true),
  UserAccount: mapUserAccount,
};

// Header metadata items that carry identifiers of the seized device; the rest are report settings.
const HEADER_FACT = /imei|imsi|iccid|msisdn|phone ?number|own ?number/iu;
const MAX_RAW = 2000;

/** One import of one UFED report: numbers the units, dispatches models, rejects with codes, counts skips. */
export class UfedSession {
  private rowsIn = 0;
  private readonly skipped: Record<string, number> = {};
  private readonly notes: string[] = [];
  private readonly aliases = new Set<string>();
  private readonly ctx: MapContext;

  constructor(
    private readonly sink: RecordSink,
    input: ImportInput,
    private readonly options: UfedOptions,
  ) {
    const { ids, owner } = extractionAnchor(sink, input);
    this.ctx = {
      sink,
      ids,
      owner,
      sims: new SimFacts(),
      ...(input.tz !== undefined ? { tz: input.tz } : {}),
      alias: (entity, name, at, context) => {
        const holder = owner.anchor(at);
        const key = `${entity}\u001f${name}\u001f${holder}\u001f${context ?? ''}`;
        if (this.aliases.has(key)) return;
        this.aliases.add(key);
        sink.alias({ entity, name, holder, context: context ?? owner.context }, at);
      },
    };
  }

  readonly onMetadata = (section: string, name: string, value: string): void => {
    if (!HEADER_FACT.test(name) || value === '') return;
    const at = { row: 0, path: `metadata[${section}]/item[${name}]` };
    const outcome = addDeviceFact(name, value, at, this.ctx);
    if (!outcome.ok) this.notes.push(`header item ${name} not used: ${outcome.code}`);
  };

  readonly onModel = ({ model, path }: UfedTopModel): void => {
    if (model.attrs['deleted_state'] === 'Deleted' && this.options.deleted === 'skip') {
      this.skip(`deleted ${model.type}`);
      return;
    }
    if (model.type === 'Chat') return this.chat(model, path);
    const mapper = MAPPERS[model.type];
    if (mapper === undefined) return this.skip(model.type);
    const at = this.nextRow(path);
    this.settle(model, at, mapper(model, at, this.ctx));
  };

  finish(): ImportOutcome {
    for (const at of this.ctx.sims.finish(this.ctx)) {
      if (at.row > 0)
        this.sink.reject({ row: at.row, code: 'SIM_NO_IDENTIFIER', detail: at.path ?? '', raw: '' });
    }
    if (this.ctx.owner.isLateOwner)
      this.notes.push(
        'OWNER_LATE: some events are anchored to the device because the own number appeared later',
      );
    return { rowsIn: this.rowsIn, skipped: { ...this.skipped }, notes: [...this.notes] };
  }

  private chat(model: UfedModel, path: string): void {
    const at = this.nextRow(path);
    const { outcome, scope } = mapChat(model, at, this.ctx);
    this.settle(model, at, outcome);
    childModels(model, 'Messages').forEach((message, i) => {
      const messageAt = this.nextRow(`${path}/Messages/model[${i + 1}]`);
      this.settle(message, messageAt, mapInstantMessage(message, messageAt, this.ctx, scope));
    });
  }

  private nextRow(path: string): RowRef {
    this.rowsIn += 1;
    return { row: this.rowsIn, path };
  }

  private skip(type: string): void {
    this.skipped[type] = (this.skipped[type] ?? 0) + 1;
  }

  private settle(model: UfedModel, at: RowRef, outcome: MapOutcome): void {
    if (outcome.ok) return;
    this.sink.reject({
      row: at.row,
      code: outcome.code,
      ...(outcome.field !== undefined ? { field: outcome.field } : {}),
      detail: at.path ?? '',
      raw: rawOf(model),
    });
  }
}

/** A compact JSON of a model's first-level fields, for the reject log. */
function rawOf(model: UfedModel): string {
  const fields = Object.fromEntries([...model.fields].map(([k, v]) => [k, v.map((x) => x.text)]));
  const json = JSON.stringify({ type: model.type, id: model.attrs['id'], fields });
  return json.length > MAX_RAW ? `${json.slice(0, MAX_RAW)}…` : json;
}
