import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import { z } from 'zod';
import { parseGrading, type Grading } from '../../model/index.js';
import type { Importer, RecordSink } from '../contract.js';
import { csvRecords } from '../tabular/csv-records.js';
import { csvRowToObject, EntitiesLine, type EntityLine, type LinkLine } from './record.js';
import { keyFor, parseSelectorRef } from './resolve-ref.js';

const Options = z.object({
  /** Scope for `ref`s of entities without identifiers; files sharing a namespace share their persons. */
  namespace: z.string().min(1).optional(),
  format: z.enum(['jsonl', 'csv']).optional(),
});
type Options = z.infer<typeof Options>;

interface Line {
  readonly row: number;
  readonly raw: string;
  readonly value: unknown;
  readonly parseError?: string;
}

/**
 * Generic entities and links, as CSV or JSON lines (format in README.md). Links may refer to entities
 * defined later in the file, so links are resolved after every entity line has been read.
 */
export const entitiesImporter: Importer<Options> = {
  kind: 'entities',
  name: 'skein-entities',
  version: '1.0.0',
  acceptsFolder: false,
  options: Options,
  async run(input, options, sink, progress) {
    const format = options.format ?? (/\.csv$/i.test(input.fileName) ? 'csv' : 'jsonl');
    const refs = new Map<string, string>();
    const links: { row: number; raw: string; line: LinkLine }[] = [];
    let rowsIn = 0;
    for await (const line of format === 'csv' ? csvLines(input.path) : jsonLines(input.path)) {
      rowsIn += 1;
      if (rowsIn % 10_000 === 0) progress(rowsIn, undefined, 'rows');
      if (line.parseError) {
        sink.reject({ row: line.row, code: 'ENTITIES_BAD_JSON', detail: line.parseError, raw: line.raw });
        continue;
      }
      const parsed = EntitiesLine.safeParse(line.value);
      if (!parsed.success) {
        const issue = parsed.error.issues[0];
        sink.reject({
          row: line.row,
          code: 'ENTITIES_BAD_RECORD',
          field: issue?.path.join('.') ?? '',
          detail: issue?.message ?? '',
          raw: line.raw,
        });
        continue;
      }
      if (parsed.data.record === 'link') links.push({ row: line.row, raw: line.raw, line: parsed.data });
      else
        writeEntity(parsed.data, line, sink, refs, {
          ns: options.namespace ?? input.sha256,
          region: input.region,
        });
    }
    for (const l of links) writeLink(l, sink, refs, input.region);
    return { rowsIn, skipped: {}, notes: [] };
  },
};

function writeEntity(
  e: EntityLine,
  line: Line,
  sink: RecordSink,
  refs: Map<string, string>,
  ctx: { ns: string; region: string | undefined },
): void {
  const grading = gradingOf(e.grading);
  if (grading === null) {
    sink.reject({ row: line.row, field: 'grading', code: 'ENTITIES_BAD_GRADING', raw: line.raw });
    return;
  }
  let identity: { key: string; raw: string } | { naturalId: string };
  if (e.value !== undefined) {
    const k = keyFor(e.kind, e.value, ctx.region);
    if (!k.ok) {
      sink.reject({ row: line.row, field: 'value', code: k.error.code, raw: line.raw });
      return;
    }
    identity = { key: k.value.key, raw: k.value.raw };
  } else if (e.ref !== undefined) {
    identity = { naturalId: `${ctx.ns}:${e.ref}` };
  } else {
    sink.reject({ row: line.row, field: 'ref', code: 'ENTITIES_NO_IDENTITY', raw: line.raw });
    return;
  }
  const id = sink.entity(
    {
      kind: e.kind,
      ...identity,
      ...(e.label !== undefined ? { label: e.label } : {}),
      ...(e.category !== undefined ? { category: e.category } : {}),
      ...(grading !== undefined ? { grading } : {}),
      ...(e.props !== undefined ? { props: e.props } : {}),
    },
    { row: line.row },
  );
  if (e.ref !== undefined) refs.set(e.ref, id);
}

function writeLink(
  l: { row: number; raw: string; line: LinkLine },
  sink: RecordSink,
  refs: Map<string, string>,
  region: string | undefined,
): void {
  const grading = gradingOf(l.line.grading);
  if (grading === null) {
    sink.reject({ row: l.row, field: 'grading', code: 'ENTITIES_BAD_GRADING', raw: l.raw });
    return;
  }
  const ends: string[] = [];
  for (const field of ['from', 'to'] as const) {
    const id = resolveRef(l.line[field], sink, refs, region, l.row);
    if (id === undefined) {
      sink.reject({ row: l.row, field, code: 'ENTITIES_UNKNOWN_REF', raw: l.raw });
      return;
    }
    ends.push(id);
  }
  const [from = '', to = ''] = ends;
  sink.link(
    {
      kind: l.line.kind,
      from,
      to,
      basis: l.line.basis ?? 'fact',
      ...(grading !== undefined ? { grading } : {}),
      ...(l.line.validFrom !== undefined ? { validFromMs: Date.parse(l.line.validFrom) } : {}),
      ...(l.line.validTo !== undefined ? { validToMs: Date.parse(l.line.validTo) } : {}),
      ...(l.line.props !== undefined ? { props: l.line.props } : {}),
    },
    { row: l.row },
  );
}

/** A file ref, or a `kind:value` selector, which becomes (or finds) that selector's entity. */
function resolveRef(
  ref: string,
  sink: RecordSink,
  refs: Map<string, string>,
  region: string | undefined,
  row: number,
): string | undefined {
  const known = refs.get(ref);
  if (known) return known;
  const sel = parseSelectorRef(ref);
  if (!sel) return undefined;
  const k = keyFor(sel.kind, sel.value, region);
  return k.ok ? sink.entity({ kind: sel.kind, key: k.value.key, raw: k.value.raw }, { row }) : undefined;
}

/** undefined: no grading given; null: a grading that does not parse. */
function gradingOf(text: string | undefined): Grading | undefined | null {
  if (text === undefined) return undefined;
  return parseGrading(text) ?? null;
}

async function* jsonLines(path: string): AsyncGenerator<Line> {
  let row = 0;
  for await (const raw of createInterface({ input: createReadStream(path, 'utf8'), crlfDelay: Infinity })) {
    row += 1;
    if (raw.trim() === '') continue;
    try {
      yield { row, raw, value: JSON.parse(raw) as unknown };
    } catch (e) {
      yield { row, raw, value: undefined, parseError: e instanceof Error ? e.message : 'invalid JSON' };
    }
  }
}

async function* csvLines(path: string): AsyncGenerator<Line> {
  let header: string[] | undefined;
  for await (const rec of csvRecords(createReadStream(path, 'utf8'), { delimiter: ',' })) {
    if (!header) {
      header = rec.fields.map((f) => f.replace(/^\uFEFF/, ''));
      continue;
    }
    yield { row: rec.line, raw: rec.fields.join(','), value: csvRowToObject(header, rec.fields) };
  }
}
