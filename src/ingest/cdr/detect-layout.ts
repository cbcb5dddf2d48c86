import type { CsvRecord } from '../tabular/csv-records.js';
import type { TableFormat } from '../tabular/table-source.js';
import type { Profile } from './profile.js';
import { addEvidence, decideOrder, emptyEvidence, timeFamily, type DateOrder } from './parse/timestamp.js';
import { foldHeader, headerScore, roleOfHeader, type Role } from './roles.js';
import { valueRole } from './value-evidence.js';

/** How the timestamps of a layout are written; `order` is undefined while the sample cannot settle it. */
export interface TimeSpec {
  readonly format: 'fields' | 'compact' | 'excel';
  readonly order?: DateOrder;
}

/** A file's layout as detected (or given by a profile): where the header is and what each column means. */
export interface Layout {
  readonly format: TableFormat;
  readonly headerLine: number;
  readonly headers: readonly string[];
  readonly columns: Readonly<Partial<Record<Role, number>>>;
  /** 0–1 per mapped role: 1 when header and values agree, lower when only one of them speaks. */
  readonly confidence: Readonly<Partial<Record<Role, number>>>;
  readonly time: TimeSpec;
  readonly doubts: readonly string[];
  readonly unknownColumns: readonly string[];
  readonly preamble: readonly string[];
  /** The billed number when the file names it only in its preamble. */
  readonly preambleTarget?: string;
  readonly profile?: Profile;
}

export type LayoutResult =
  { readonly ok: true; readonly layout: Layout } | { readonly ok: false; readonly code: string };

const HEADER_SCAN = 60;
const TARGET_LINE =
  /(?:target|cible|msisdn|n[°o]|num[eé]ro|n[uú]mero|abonn|الرقم|المشترك)[^+\d]*((?:\+|00)?\d{8,15})/iu;

function findHeader(sample: readonly CsvRecord[], profile: Profile | undefined): number {
  if (profile) {
    const named = Object.values(profile.columns)
      .filter((c): c is string => typeof c === 'string')
      .map(foldHeader);
    if (named.length > 0) {
      return sample.findIndex(
        (r, i) => i < HEADER_SCAN && named.every((n) => r.fields.some((f) => foldHeader(f) === n)),
      );
    }
  }
  let best = -1;
  let bestScore = 1;
  sample.slice(0, HEADER_SCAN).forEach((r, i) => {
    const s = headerScore(r.fields);
    if (s > bestScore) [best, bestScore] = [i, s];
  });
  return best;
}

function fromProfile(profile: Profile, headers: readonly string[]): Partial<Record<Role, number>> {
  const folded = headers.map(foldHeader);
  const out: Partial<Record<Role, number>> = {};
  for (const [role, c] of Object.entries(profile.columns) as [Role, string | number][]) {
    const i = typeof c === 'number' ? c : folded.indexOf(foldHeader(c));
    if (i >= 0) out[role] = i;
  }
  return out;
}

function timeSpec(
  columns: Partial<Record<Role, number>>,
  rows: readonly string[][],
  profile?: Profile,
): { spec?: TimeSpec; doubts: string[] } {
  if (profile?.time)
    return {
      spec:
        profile.time.order === undefined
          ? { format: profile.time.format }
          : { format: profile.time.format, order: profile.time.order },
      doubts: [],
    };
  const values = rows.map((r) =>
    columns.start !== undefined
      ? (r[columns.start] ?? '')
      : `${r[columns.date ?? -1] ?? ''} ${r[columns.time ?? -1] ?? ''}`,
  );
  const fams = values.map((v) => timeFamily(v) ?? (/^\s*\d{5}(\.\d+)?\s*$/u.test(v) ? 'excel' : undefined));
  const format = (['fields', 'compact', 'excel'] as const).find(
    (f) => fams.filter((x) => x === f).length >= fams.length * 0.8,
  );
  if (!format) return { doubts: ['TIME_FORMAT_UNKNOWN'] };
  if (format !== 'fields') return { spec: { format }, doubts: [] };
  const ev = emptyEvidence();
  for (const v of values) addEvidence(ev, v);
  const d = decideOrder(ev);
  if (d.kind === 'decided') return { spec: { format, order: d.order }, doubts: [] };
  return {
    spec: { format },
    doubts: [d.kind === 'ambiguous' ? 'DATE_ORDER_AMBIGUOUS' : 'DATE_ORDER_INCONSISTENT'],
  };
}

/** Detects (or applies a profile to) a sample of records. */
export function detectLayout(
  sample: readonly CsvRecord[],
  format: TableFormat,
  profile?: Profile,
): LayoutResult {
  const hi = findHeader(sample, profile);
  if (hi < 0) return { ok: false, code: 'CDR_NO_HEADER' };
  const header = sample[hi] as CsvRecord;
  const headers = header.fields.map((h) => h.trim());
  const rows = sample.slice(hi + 1, hi + 201).map((r) => r.fields);
  const columns: Partial<Record<Role, number>> = profile ? fromProfile(profile, headers) : {};
  const confidence: Partial<Record<Role, number>> = {};
  const unknownColumns: string[] = [];
  const doubts: string[] = [];
  headers.forEach((h, i) => {
    if (profile) return;
    const byName = roleOfHeader(h);
    const byValue = valueRole(rows.map((r) => r[i] ?? ''));
    const role = byName ?? byValue?.role;
    if (role === undefined || columns[role] !== undefined) {
      if (h !== '') unknownColumns.push(h);
      return;
    }
    columns[role] = i;
    confidence[role] = byName && byValue?.role === byName ? 1 : byName ? 0.7 : 0.5;
  });
  for (const role of Object.keys(columns) as Role[]) confidence[role] ??= profile ? 1 : 0.5;
  // A billing names the billed number and "the called number": with no calling-number column, the
  // called/calling column is the counterpart of the target.
  if (
    columns.target !== undefined &&
    columns.aParty === undefined &&
    columns.bParty !== undefined &&
    columns.other === undefined
  ) {
    columns.other = columns.bParty;
    delete columns.bParty;
  }
  if (
    columns.target !== undefined &&
    columns.bParty === undefined &&
    columns.aParty !== undefined &&
    columns.other === undefined
  ) {
    columns.other = columns.aParty;
    delete columns.aParty;
  }
  // A "Date" column that also carries the time is a start column.
  if (columns.date !== undefined && columns.time === undefined && columns.start === undefined) {
    columns.start = columns.date;
    delete columns.date;
  }
  const preamble = sample.slice(0, hi).map((r) => r.fields.join(' ').trim());
  const preambleTarget = preamble.map((l) => TARGET_LINE.exec(l)?.[1]).find((t) => t !== undefined);
  if (columns.start === undefined && (columns.date === undefined || columns.time === undefined)) {
    return { ok: false, code: 'CDR_NO_TIME_COLUMN' };
  }
  const t = timeSpec(columns, rows, profile);
  if (!t.spec) return { ok: false, code: 'CDR_BAD_TIMESTAMP_FORMAT' };
  doubts.push(...t.doubts);
  const hasParties =
    (columns.aParty !== undefined && columns.bParty !== undefined) ||
    ((columns.target !== undefined || preambleTarget !== undefined || profile?.target !== undefined) &&
      columns.other !== undefined);
  if (!hasParties) doubts.push('PARTIES_INCOMPLETE');
  if (columns.direction === undefined && columns.type === undefined && columns.aParty === undefined)
    doubts.push('NO_DIRECTION');
  for (const u of unknownColumns) doubts.push(`UNKNOWN_COLUMN:${u}`);
  return {
    ok: true,
    layout: {
      format,
      headerLine: header.line,
      headers,
      columns,
      confidence,
      time: t.spec,
      doubts,
      unknownColumns,
      preamble,
      ...(preambleTarget === undefined ? {} : { preambleTarget }),
      ...(profile === undefined ? {} : { profile }),
    },
  };
}
