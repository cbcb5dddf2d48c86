import { SkeinError } from '../../model/index.js';
import type { ImportInput } from '../contract.js';
import { detectTableFormat, sampleRecords, tableRecords, type TableFormat } from '../tabular/table-source.js';
import type { CdrSettings } from './cdr-settings.js';
import { resolveSettings } from './cdr-settings.js';
import { detectLayout, type Layout } from './detect-layout.js';
import type { CdrOptions } from './options.js';
import { addEvidence, decideOrder, emptyEvidence, type DateOrder } from './parse/timestamp.js';
import { loadProfile, type Profile } from './profile.js';

/** A file's detected layout and resolved settings: everything the row and bulk paths need. */
export interface PreparedFile {
  readonly format: TableFormat;
  readonly layout: Layout;
  readonly settings: CdrSettings;
  readonly notes: string[];
}

const OFFSET_END = /(?:Z|[+-]\d{2}:?\d{2})[ \t]*$/u;

function timeText(fields: readonly string[], layout: Layout): string {
  const c = layout.columns;
  return c.start !== undefined
    ? (fields[c.start] ?? '')
    : `${fields[c.date ?? -1] ?? ''} ${fields[c.time ?? -1] ?? ''}`;
}

/** Settles day-month order from the WHOLE column when the sample could not (one streaming pass). */
async function wholeColumnOrder(
  input: ImportInput,
  format: TableFormat,
  layout: Layout,
): Promise<DateOrder | undefined> {
  const ev = emptyEvidence();
  for await (const r of tableRecords(input.path, format, { limits: input.limits, file: input.fileName })) {
    if (r.line > layout.headerLine) addEvidence(ev, timeText(r.fields, layout));
  }
  const d = decideOrder(ev);
  if (d.kind === 'inconsistent') {
    throw new SkeinError(
      'CDR_INCONSISTENT_DATE_ORDER',
      'the time column mixes day-first and month-first dates',
      {
        file: input.fileName,
        field: 'time',
      },
    );
  }
  return d.kind === 'decided' ? d.order : undefined;
}

/** Detects format and layout (or applies a profile) and resolves the settings of one file. */
export async function prepareFile(
  input: ImportInput,
  options: CdrOptions,
  dumpId?: string,
): Promise<PreparedFile> {
  const profile: Profile | undefined =
    options.profile === undefined ? undefined : await loadProfile(options.profile);
  const enc = options.encoding ?? profile?.encoding;
  const delim = options.delimiter ?? profile?.delimiter;
  const sheet = options.sheet ?? profile?.sheet;
  const format = await detectTableFormat(input.path, {
    ...(enc === undefined ? {} : { encoding: enc }),
    ...(delim === undefined ? {} : { delimiter: delim }),
    ...(sheet === undefined ? {} : { sheet }),
  });
  const ctx = { limits: input.limits, file: input.fileName };
  const sample = await sampleRecords(input.path, format, ctx);
  const detected = detectLayout(sample, format, profile);
  if (!detected.ok) throw new SkeinError(detected.code, 'layout not recognised', { file: input.fileName });
  const layout = detected.layout;
  const times = sample.filter((r) => r.line > layout.headerLine).map((r) => timeText(r.fields, layout));
  const hasOffsets = times.length > 0 && times.slice(0, 50).every((t) => OFFSET_END.test(t));
  let order = options.dateOrder;
  const notes: string[] = [];
  if (order === undefined && layout.time.format === 'fields' && layout.time.order === undefined) {
    order = await wholeColumnOrder(input, format, layout);
    if (order !== undefined) notes.push(`day-month order ${order} settled from the whole time column`);
  }
  const tz = options.tz ?? input.tz;
  const region = options.region ?? input.region;
  const settings = resolveSettings({
    layout,
    hasOffsets,
    file: input.fileName,
    joiner: format.kind === 'text' ? format.delimiter : ',',
    ...(order === undefined ? {} : { order }),
    ...(tz === undefined ? {} : { tz }),
    ...(region === undefined ? {} : { region }),
    ...(options.target === undefined ? {} : { target: options.target }),
    ...(dumpId === undefined ? {} : { dumpId }),
  });
  notes.push(
    format.kind === 'xlsx'
      ? `XLSX${format.sheet === undefined ? '' : ` sheet ${format.sheet}`}`
      : `encoding ${format.encoding} (${format.encodingReason}), delimiter ${JSON.stringify(format.delimiter)}`,
    `header on line ${layout.headerLine}${profile ? `, profile ${profile.name}` : ', layout detected'}`,
    `columns ${Object.entries(layout.columns)
      .map(([r, i]) => `${r}=${JSON.stringify(layout.headers[i] ?? i)}`)
      .join(', ')}`,
    settings.zone === undefined
      ? 'times carry their own UTC offsets'
      : `local times read in ${settings.zone}`,
  );
  return { format, layout, settings, notes };
}
