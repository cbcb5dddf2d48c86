import { open } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { ImportLimits } from '../contract.js';
import { csvRecords, type CsvRecord } from './csv-records.js';
import { decodedChunks } from './decode.js';
import { detectDelimiter, type Delimiter } from './delimiter.js';
import { detectEncoding, type EncodingGuess, type TextEncoding } from './encoding.js';
import { xlsxRows } from './xlsx-rows.js';

/** A tabular file as detected: XLSX, or delimited text with its encoding and delimiter. */
export type TableFormat =
  | { readonly kind: 'xlsx'; readonly sheet?: string }
  | {
      readonly kind: 'text';
      readonly encoding: TextEncoding;
      readonly bomBytes: number;
      readonly encodingReason: EncodingGuess['reason'] | 'given';
      readonly delimiter: Delimiter;
      readonly newline: '\n' | '\r\n';
    };

export interface FormatOverrides {
  readonly encoding?: TextEncoding;
  readonly delimiter?: Delimiter;
  readonly sheet?: string;
}

const SAMPLE_BYTES = 256 * 1024;
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];

async function head(path: string, n: number): Promise<Uint8Array> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(n);
    const { bytesRead } = await fh.read(buf, 0, n, 0);
    return buf.subarray(0, bytesRead);
  } finally {
    await fh.close();
  }
}

/** Detects how a tabular file is written, from its first 256 KiB. */
export async function detectTableFormat(path: string, over: FormatOverrides = {}): Promise<TableFormat> {
  const bytes = await head(path, SAMPLE_BYTES);
  if (ZIP_MAGIC.every((b, i) => bytes[i] === b))
    return over.sheet === undefined ? { kind: 'xlsx' } : { kind: 'xlsx', sheet: over.sheet };
  const guess = detectEncoding(bytes);
  const encoding = over.encoding ?? guess.encoding;
  const bomBytes = over.encoding === undefined ? guess.bomBytes : bomLength(bytes, over.encoding);
  const text = iconv.decode(Buffer.from(bytes.subarray(bomBytes)), encoding);
  const lines = text.split(/\r?\n/u).slice(0, -1).slice(0, 200);
  return {
    kind: 'text',
    encoding,
    bomBytes,
    encodingReason: over.encoding === undefined ? guess.reason : 'given',
    delimiter: over.delimiter ?? detectDelimiter(lines),
    newline: text.includes('\r\n') ? '\r\n' : '\n',
  };
}

function bomLength(b: Uint8Array, enc: TextEncoding): number {
  if (enc === 'utf-8') return b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 3 : 0;
  if (enc === 'utf-16le') return b[0] === 0xff && b[1] === 0xfe ? 2 : 0;
  if (enc === 'utf-16be') return b[0] === 0xfe && b[1] === 0xff ? 2 : 0;
  return 0;
}

/** Every record of the file with its line (text) or sheet row (XLSX) number. */
export function tableRecords(
  path: string,
  format: TableFormat,
  ctx: { readonly limits: ImportLimits; readonly file: string },
): AsyncIterable<CsvRecord> {
  if (format.kind === 'xlsx') {
    return xlsxRows(path, {
      limits: ctx.limits,
      file: ctx.file,
      ...(format.sheet === undefined ? {} : { sheet: format.sheet }),
    });
  }
  return csvRecords(decodedChunks(path, format.encoding, format.bomBytes), { delimiter: format.delimiter });
}

/** The first `n` records, for layout detection. */
export async function sampleRecords(
  path: string,
  format: TableFormat,
  ctx: { readonly limits: ImportLimits; readonly file: string },
  n = 400,
): Promise<CsvRecord[]> {
  const out: CsvRecord[] = [];
  for await (const r of tableRecords(path, format, ctx)) {
    out.push(r);
    if (out.length >= n) break;
  }
  return out;
}
