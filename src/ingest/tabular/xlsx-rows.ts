import type { Readable } from 'node:stream';
import { StringDecoder } from 'node:string_decoder';
import { SaxesParser } from 'saxes';
import { SkeinError } from '../../model/index.js';
import { openSafeZip } from '../archive/index.js';
import type { SafeZip } from '../archive/index.js';
import type { ImportLimits } from '../contract.js';
import type { CsvRecord } from './csv-records.js';

/**
 * Rows of one worksheet of an XLSX file, streamed with saxes so a million-row sheet never sits in memory.
 * `line` is the sheet's own row number (what the analyst sees in Excel). Cells come back as text:
 * shared and inline strings as written, numbers as stored (dates stay Excel serials; the timestamp
 * parser reads them). DTDs are refused: OOXML never needs one and they are the XXE vector.
 */
export interface XlsxOptions {
  readonly sheet?: string;
  readonly limits: ImportLimits;
  readonly file: string;
}

const MAIN = 'xl/workbook.xml';

async function readAll(zip: SafeZip, name: string, file: string): Promise<string | undefined> {
  const entry = zip.entries.find((e) => e.name === name);
  if (!entry) return undefined;
  const chunks: Buffer[] = [];
  for await (const c of await zip.openStream(entry)) chunks.push(c as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  if (/<!DOCTYPE/iu.test(text))
    throw new SkeinError('XLSX_DTD_REFUSED', 'XLSX part declares a DTD', { file });
  return text;
}

function parser(file: string): SaxesParser {
  const p = new SaxesParser();
  p.on('doctype', () => {
    throw new SkeinError('XLSX_DTD_REFUSED', 'XLSX part declares a DTD', { file });
  });
  return p;
}

function sharedStrings(xml: string | undefined, file: string): string[] {
  if (xml === undefined) return [];
  const out: string[] = [];
  let cur: string | undefined;
  let inT = false;
  const p = parser(file);
  p.on('opentag', (t) => {
    if (t.name === 'si') cur = '';
    else if (t.name === 't') inT = true;
  });
  p.on('closetag', (t) => {
    if (t.name === 'si') out.push(cur ?? '');
    else if (t.name === 't') inT = false;
  });
  p.on('text', (x) => {
    if (inT && cur !== undefined) cur += x;
  });
  p.write(xml).close();
  return out;
}

async function sheetPath(zip: SafeZip, sheet: string | undefined, file: string): Promise<string> {
  const wb = (await readAll(zip, MAIN, file)) ?? '';
  const rels = (await readAll(zip, 'xl/_rels/workbook.xml.rels', file)) ?? '';
  const sheets = [...wb.matchAll(/<sheet\b[^>]*?name="([^"]*)"[^>]*?r:id="([^"]*)"/gu)];
  const chosen = sheet === undefined ? sheets[0] : sheets.find((s) => s[1] === sheet);
  if (!chosen) throw new SkeinError('XLSX_NO_SHEET', 'worksheet not found', { file, input: sheet ?? '' });
  const rel = new RegExp(`<Relationship\\b[^>]*?Id="${chosen[2] ?? ''}"[^>]*?Target="([^"]*)"`, 'u').exec(
    rels,
  );
  const relAlt = new RegExp(`<Relationship\\b[^>]*?Target="([^"]*)"[^>]*?Id="${chosen[2] ?? ''}"`, 'u').exec(
    rels,
  );
  const target = rel?.[1] ?? relAlt?.[1];
  if (target === undefined) throw new SkeinError('XLSX_NO_SHEET', 'worksheet part missing', { file });
  return target.startsWith('/') ? target.slice(1) : `xl/${target}`;
}

/** Zero-based column index of a cell reference like `AB12`. */
export function columnIndex(ref: string): number {
  let n = 0;
  for (const c of ref) {
    const code = c.charCodeAt(0);
    if (code < 65 || code > 90) break;
    n = n * 26 + (code - 64);
  }
  return n - 1;
}

export async function* xlsxRows(path: string, opts: XlsxOptions): AsyncGenerator<CsvRecord> {
  const zip = await openSafeZip(path, opts.limits, opts.file);
  try {
    const strings = sharedStrings(await readAll(zip, 'xl/sharedStrings.xml', opts.file), opts.file);
    const name = await sheetPath(zip, opts.sheet, opts.file);
    const entry = zip.entries.find((e) => e.name === name);
    if (!entry) throw new SkeinError('XLSX_NO_SHEET', 'worksheet part missing', { file: opts.file });
    yield* sheetRows(await zip.openStream(entry), strings, opts.file);
  } finally {
    zip.close();
  }
}

async function* sheetRows(
  stream: Readable,
  strings: readonly string[],
  file: string,
): AsyncGenerator<CsvRecord> {
  const p = parser(file);
  const ready: CsvRecord[] = [];
  let row: string[] = [];
  let rowNo = 0;
  let col = 0;
  let type = 'n';
  let text: string | undefined;
  p.on('opentag', (t) => {
    if (t.name === 'row') {
      rowNo = Number(t.attributes.r ?? rowNo + 1);
      row = [];
      col = 0;
    } else if (t.name === 'c') {
      const r = t.attributes.r;
      col = typeof r === 'string' ? columnIndex(r) : col;
      type = String(t.attributes.t ?? 'n');
      text = undefined;
    } else if (t.name === 'v' || t.name === 't') text = text ?? '';
  });
  p.on('text', (x) => {
    if (text !== undefined) text += x;
  });
  p.on('closetag', (t) => {
    if (t.name === 'c') {
      const v = text ?? '';
      while (row.length < col) row.push('');
      row[col] = type === 's' ? (strings[Number(v)] ?? '') : v;
      col += 1;
    } else if (t.name === 'row') {
      if (row.some((f) => f !== '')) ready.push({ line: rowNo, fields: row });
    }
  });
  const decoder = new StringDecoder('utf8');
  for await (const chunk of stream) {
    p.write(decoder.write(chunk as Buffer));
    yield* ready.splice(0);
  }
  p.write(decoder.end());
  p.close();
  yield* ready.splice(0);
}
