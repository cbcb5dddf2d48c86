import { createHash } from 'node:crypto';
import type { ImportInput, ImportOutcome, Importer, ProgressFn, RecordSink } from '../contract.js';
import { SkeinError } from '../../model/index.js';
import { planChat } from './chat-plan.js';
import { decideOrder } from './date-order.js';
import { assertTimeZone } from '../time/index.js';
import { chatUnits } from './message-units.js';
import { WhatsAppOptions } from './options.js';
import { accountForNumber, senderNumber } from './participants.js';
import { chatLines } from './read-lines.js';
import { scanChat } from './scan.js';
import { ChatWriter } from './chat-writer.js';

const PROGRESS_EVERY = 500;

function ownerAccount(sink: RecordSink, input: ImportInput, options: WhatsAppOptions): string | undefined {
  const raw = options.owner ?? input.owner;
  if (raw === undefined) return undefined;
  const number = senderNumber(raw, input.region);
  if (number === undefined) {
    throw new SkeinError('WHATSAPP_BAD_OWNER', 'owner is not a phone number', { field: 'owner', input: raw });
  }
  return accountForNumber(sink, number, raw, { row: 0 });
}

async function run(
  input: ImportInput,
  options: WhatsAppOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  const zone = input.tz;
  if (zone === undefined) {
    throw new SkeinError('WHATSAPP_TZ_REQUIRED', 'WhatsApp exports hold local times: give the phone’s zone', {
      file: input.fileName,
      field: 'tz',
    });
  }
  assertTimeZone(zone, 'WHATSAPP_BAD_TZ');
  const source = chatLines(input);
  const scan = await scanChat(source());
  const order = decideOrder(scan.evidence, options.dateOrder);
  if (!order.ok) {
    throw new SkeinError('WHATSAPP_AMBIGUOUS_DATE_ORDER', 'day-month order not settled: set dateOrder', {
      file: input.fileName,
      field: 'timestamp',
    });
  }
  const plan = planChat(scan, options, input.fileName);
  const ownerId = ownerAccount(sink, input, options);
  const scope = ownerId ?? `file:${input.sha256}`;
  const groupKey = createHash('sha256')
    .update(`${scope}\u001f${plan.name ?? input.fileName}`)
    .digest('hex');
  const writer = new ChatWriter({
    sink,
    zone,
    order: order.order,
    plan,
    groupKey: groupKey.slice(0, 32),
    participants: {
      sink,
      scope,
      context: `whatsapp ${input.fileName}`,
      ...(input.region === undefined ? {} : { region: input.region }),
      ...(ownerId === undefined ? {} : { ownerId }),
      ...(options.ownerName === undefined ? {} : { ownerName: options.ownerName }),
    },
  });
  let units = 0;
  let blank = 0;
  for await (const unit of chatUnits(source())) {
    if (unit.kind === 'blank') blank += 1;
    else writer.write(unit);
    units += 1;
    if (units % PROGRESS_EVERY === 0) progress(units, undefined, 'rows');
  }
  const counts = writer.counts();
  return {
    rowsIn: counts.imported + counts.rejected,
    skipped: blank > 0 ? { 'blank-line': blank } : {},
    notes: [...order.notes, ...plan.notes, `local times read in ${zone}`, ...counts.notes],
  };
}

/** Imports a WhatsApp "Export chat" text (or its ZIP) of any locale; see README.md. */
export const whatsappImporter: Importer<WhatsAppOptions> = {
  kind: 'whatsapp',
  name: 'WhatsApp chat export',
  version: '1.0.0',
  options: WhatsAppOptions,
  acceptsFolder: false,
  run,
};
