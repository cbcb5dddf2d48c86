import type { ImportInput, ImportOutcome, Importer, ProgressFn, RecordSink } from '../contract.js';
import { SkeinError } from '../../model/index.js';
import { normalisePhone } from '../../model/selectors/index.js';
import { writeCard } from './card-writer.js';
import type { CardSetup } from './card-writer.js';
import { readCards } from './cards.js';
import { VCardOptions } from './options.js';

type PhoneRegion = NonNullable<NonNullable<Parameters<typeof normalisePhone>[1]>['region']>;
const PROGRESS_EVERY = 500;

function ownerPhone(
  sink: RecordSink,
  raw: string | undefined,
  region: string | undefined,
): string | undefined {
  if (raw === undefined) return undefined;
  const r = normalisePhone(raw, region === undefined ? {} : { region: region as PhoneRegion });
  if (!r.ok || !r.value.value.startsWith('+')) {
    throw new SkeinError('VCARD_BAD_OWNER', 'owner is not a phone number', { field: 'owner', input: raw });
  }
  return sink.entity({ kind: 'phone', key: r.value.value, label: r.value.value, raw }, { row: 0 });
}

async function run(
  input: ImportInput,
  options: VCardOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  if (input.bytes > input.limits.maxFileBytes) {
    throw new SkeinError('VCARD_FILE_TOO_LARGE', 'file exceeds the size limit', { file: input.fileName });
  }
  const owner = ownerPhone(sink, options.owner ?? input.owner, input.region);
  const setup: CardSetup = {
    sink,
    fileSha: input.sha256,
    context: `vcard ${input.fileName}`,
    ...(input.region === undefined ? {} : { region: input.region }),
    ...(owner === undefined ? {} : { ownerPhone: owner }),
  };
  let imported = 0;
  let rejected = 0;
  let ordinal = 0;
  for await (const unit of readCards(input.path)) {
    if (unit.kind === 'card') {
      ordinal += 1;
      rejected += writeCard(setup, ordinal, unit.row, unit.lines, unit.bad).rejected;
      imported += 1;
    } else {
      const code = unit.kind === 'truncated' ? 'VCARD_TRUNCATED' : 'VCARD_STRAY_LINE';
      sink.reject({ row: unit.row, field: unit.kind === 'truncated' ? 'END' : 'line', code, raw: unit.raw });
      rejected += 1;
    }
    if ((imported + rejected) % PROGRESS_EVERY === 0) progress(imported + rejected, undefined, 'rows');
  }
  const notes = [
    `${imported} cards; rejected rows are whole cards, stray lines, or single TEL/EMAIL/line values`,
  ];
  return { rowsIn: imported + rejected, skipped: {}, notes };
}

/** Imports a vCard 2.1 / 3.0 / 4.0 file (one or many cards); see README.md. */
export const vcardImporter: Importer<VCardOptions> = {
  kind: 'vcard',
  name: 'vCard contacts',
  version: '1.0.0',
  options: VCardOptions,
  acceptsFolder: false,
  run,
};
