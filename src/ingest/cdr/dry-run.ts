import type { ImportInput } from '../contract.js';
import { sampleRecords } from '../tabular/table-source.js';
import { makeNormalisers } from './normalisers.js';
import type { CdrOptions } from './options.js';
import { prepareFile } from './prepare.js';
import type { Profile } from './profile.js';
import { mapRow } from './row-mapper.js';
import type { Role } from './roles.js';

/** What `--dry-run` shows: the inferred mapping with confidence, sample rows mapped, and doubts. */
export interface CdrDryRunReport {
  readonly file: string;
  readonly format: string;
  readonly headerLine: number;
  readonly profile?: string;
  /** Every header of the file, in order: what a corrected mapping can name. */
  readonly headers: readonly string[];
  readonly mapping: readonly { role: Role; header: string; confidence: number }[];
  readonly time: string;
  readonly doubts: readonly string[];
  readonly sample: readonly { line: number; result: string }[];
  readonly sampleRows: number;
  readonly sampleRejected: number;
  /** The detection as a profile, ready to save. */
  readonly profileDraft: Profile;
}

/** Runs detection and maps the first rows, importing nothing. */
export async function cdrDryRun(
  input: ImportInput,
  options: CdrOptions,
  sampleSize = 10,
): Promise<CdrDryRunReport> {
  const prep = await prepareFile(input, options);
  const { layout, settings, format } = prep;
  const norm = makeNormalisers({
    cell: settings.cell,
    ...(settings.region ? { region: settings.region } : {}),
    ...(settings.zone ? { zone: settings.zone } : {}),
  });
  const records = (
    await sampleRecords(input.path, format, { limits: input.limits, file: input.fileName }, 400)
  ).filter((r) => r.line > layout.headerLine);
  const mapped = records.map((r) => ({ line: r.line, out: mapRow(r.fields, r.line, settings, norm) }));
  const sample = mapped.slice(0, sampleSize).map(({ line, out }) => ({
    line,
    result:
      out.kind === 'reject'
        ? `REJECT ${out.reject.code}${out.reject.field ? ` (${out.reject.field})` : ''}`
        : `${out.event.kind} ${new Date(out.event.startUtcMs).toISOString()} (${out.event.time.raw} ${out.event.time.zone}${out.event.time.flag ? ` ${out.event.time.flag}` : ''}) ${out.entities[0]?.key ?? ''} ${out.event.from === out.entities[0] ? '→' : '↔'} ${out.entities[1]?.kind === 'phone' ? (out.entities[1].key ?? '') : '—'} ${out.event.durationS ?? ''}s`,
  }));
  const columns = Object.fromEntries(
    Object.entries(layout.columns).map(([r, i]) => [r, layout.headers[i] ?? i]),
  );
  const t = settings.time;
  return {
    file: input.fileName,
    format:
      format.kind === 'xlsx'
        ? 'XLSX'
        : `${format.encoding} (${format.encodingReason}), delimiter ${JSON.stringify(format.delimiter)}`,
    headerLine: layout.headerLine,
    ...(layout.profile ? { profile: layout.profile.name } : {}),
    headers: layout.headers,
    mapping: (Object.entries(layout.columns) as [Role, number][]).map(([role, i]) => ({
      role,
      header: layout.headers[i] ?? String(i),
      confidence: layout.confidence[role] ?? 0,
    })),
    time: `${t.kind}${t.kind === 'fields' ? ` ${t.order}` : ''}, zone ${settings.zone ?? 'from offsets'}`,
    doubts: layout.doubts,
    sample,
    sampleRows: mapped.length,
    sampleRejected: mapped.filter((m) => m.out.kind === 'reject').length,
    profileDraft: {
      name: layout.profile?.name ?? input.fileName.replace(/\.[^.]*$/u, ''),
      ...(format.kind === 'text' ? { encoding: format.encoding, delimiter: format.delimiter } : {}),
      columns,
      time: t.kind === 'fields' ? { format: 'fields', order: t.order } : { format: t.kind },
      ...(settings.zone ? { tz: settings.zone } : {}),
      ...(settings.region ? { region: settings.region } : {}),
    } as Profile,
  };
}
