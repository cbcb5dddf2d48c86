import { createWriteStream } from 'node:fs';
import { join } from 'node:path';
import { once } from 'node:events';
import type { BulkStage, ImportInput } from '../contract.js';
import type { CdrBulkPlan } from './bulk-plan.js';
import { dataRecords } from './data-records.js';
import type { CdrNormalisers } from './normalisers.js';
import { SLOT_MS } from './parse/local-time.js';
import { COMPACT_RE_SOURCE, EXCEL_EPOCH_DAYS, EXCEL_RE_SOURCE, FIELDS_RE_SOURCE } from './parse/timestamp.js';
import type { PreparedFile } from './prepare.js';
import type { PathCounts } from './row-path.js';
import { FOOTER_RE_SOURCE } from './row-rules.js';

const US = '\u001f';
const FLATTEN = new RegExp(`[\r\n${US}]`, 'gu');

function basePlan(
  prep: PreparedFile,
): Omit<CdrBulkPlan, 'path' | 'delimiter' | 'newline' | 'quoted' | 'lineColumn' | 'skipLines'> {
  const s = prep.settings;
  const t = s.time;
  const time: CdrBulkPlan['time'] =
    t.kind === 'fields'
      ? { kind: 'fields', order: t.order, regex: FIELDS_RE_SOURCE }
      : t.kind === 'compact'
        ? { kind: 'compact', regex: COMPACT_RE_SOURCE }
        : { kind: 'excel', regex: EXCEL_RE_SOURCE, epochDays: EXCEL_EPOCH_DAYS };
  return {
    headerCount: s.headerCount,
    columns: s.columns,
    time,
    slotMs: SLOT_MS,
    footerRegex: FOOTER_RE_SOURCE,
    joiner: s.joiner,
    ...(s.zone === undefined ? {} : { zone: s.zone }),
    ...(s.fixedTarget === undefined ? {} : { fixedTarget: s.fixedTarget }),
    ...(s.dumpId === undefined ? {} : { dumpId: s.dumpId }),
  };
}

/**
 * Rewrites records as UTF-8 lines `line<US>field<US>field…` so the store can read any source (legacy code
 * pages, UTF-16, XLSX, quoted fields spanning lines) the fast way. Line breaks and US inside a field are
 * flattened to spaces: the reject log notes it, the original line number is kept. The rewritten file has
 * no blank lines, so they are counted here.
 */
async function transcode(
  input: ImportInput,
  prep: PreparedFile,
): Promise<{ path: string; blankLines: number }> {
  const path = join(input.tmpDir, 'cdr-transcoded.txt');
  const out = createWriteStream(path, { encoding: 'utf8' });
  const data = dataRecords(input, prep);
  let buf = '';
  for await (const r of data.records) {
    buf += `${r.line}${US}${r.fields.map((f) => f.replace(FLATTEN, ' ')).join(US)}\n`;
    if (buf.length > 1 << 20) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  }
  out.end(buf);
  await once(out, 'finish');
  return { path, blankLines: data.blankLines() };
}

/** The bulk path: the store maps the file in SQL; non-UTF-8 and XLSX sources are transcoded first. */
export async function importBulk(
  input: ImportInput,
  prep: PreparedFile,
  norm: CdrNormalisers,
  bulk: BulkStage,
): Promise<PathCounts & { transcoded: boolean }> {
  const base = basePlan(prep);
  const f = prep.format;
  if (f.kind === 'text' && f.encoding === 'utf-8') {
    const r = await bulk.cdrRows(
      {
        ...base,
        path: input.path,
        delimiter: f.delimiter,
        newline: f.newline,
        quoted: true,
        lineColumn: false,
        skipLines: prep.layout.headerLine,
      },
      norm,
    );
    if (r.status === 'done') return { ...r, rejectCodes: { ...r.rejectCodes }, transcoded: false };
  }
  const { path, blankLines } = await transcode(input, prep);
  const r = await bulk.cdrRows(
    { ...base, path, delimiter: US, newline: '\n', quoted: false, lineColumn: true, skipLines: 0 },
    norm,
  );
  if (r.status !== 'done') throw new Error(`bulk stage declined a transcoded file: ${r.reason}`);
  return { ...r, blankLines, rejectCodes: { ...r.rejectCodes }, transcoded: true };
}
