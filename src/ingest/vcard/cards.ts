import { createReadStream } from 'node:fs';
import { parseContentLine } from './content-line.js';
import type { ContentLine } from './content-line.js';
import { Unfolder } from './unfold.js';
import type { LogicalLine } from './unfold.js';

/** One input unit: a complete card, a card cut off before END, or a stray line outside any card. */
export type CardUnit =
  | {
      readonly kind: 'card';
      readonly row: number;
      readonly lines: readonly ContentLine[];
      readonly bad: readonly LogicalLine[];
    }
  | { readonly kind: 'truncated'; readonly row: number; readonly raw: string }
  | { readonly kind: 'stray'; readonly row: number; readonly raw: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });
const latin = new TextDecoder('windows-1252');

// Lines are read as bytes: old 2.1 exports mix UTF-8 with 8-bit text that is not valid UTF-8.
function decodeLine(line: string): string {
  const bytes = Buffer.from(line, 'latin1');
  try {
    return utf8.decode(bytes);
  } catch {
    return latin.decode(bytes);
  }
}

// Lines end at LF; any CRs before it are dropped (some exporters write CR CR LF, which would
// otherwise read as an empty line inside a folded value).
async function* physicalLines(path: string): AsyncIterable<string> {
  let rest = '';
  for await (const chunk of createReadStream(path, { encoding: 'latin1' })) {
    const parts = (rest + String(chunk)).split('\n');
    rest = parts.pop() ?? '';
    for (const p of parts) yield p.replace(/\r+$/u, '');
  }
  if (rest !== '') yield rest.replace(/\r+$/u, '');
}

async function* logicalLines(path: string): AsyncIterable<LogicalLine> {
  const unfolder = new Unfolder();
  let row = 0;
  for await (const raw of physicalLines(path)) {
    row += 1;
    const line = decodeLine(raw).replace(/^\ufeff/u, '');
    const done = unfolder.push(line, row);
    if (done !== undefined) yield done;
  }
  const last = unfolder.flush();
  if (last !== undefined) yield last;
}

const isBegin = (t: string): boolean => /^BEGIN:VCARD\s*$/iu.test(t);
const isEnd = (t: string): boolean => /^END:VCARD\s*$/iu.test(t);
const MAX_RAW = 4000;

/** Streams a .vcf file as cards (nested BEGIN:VCARD, as in AGENT, is kept inside its card). */
export async function* readCards(path: string): AsyncIterable<CardUnit> {
  let card:
    { row: number; lines: ContentLine[]; bad: LogicalLine[]; raw: string[]; depth: number } | undefined;
  for await (const l of logicalLines(path)) {
    if (card === undefined) {
      if (isBegin(l.text)) card = { row: l.row, lines: [], bad: [], raw: [l.text], depth: 1 };
      else if (l.text.trim() !== '') yield { kind: 'stray', row: l.row, raw: l.text };
      continue;
    }
    if (card.raw.join('\n').length < MAX_RAW) card.raw.push(l.text);
    if (isBegin(l.text)) card.depth += 1;
    if (isEnd(l.text)) card.depth -= 1;
    if (card.depth === 0) {
      yield { kind: 'card', row: card.row, lines: card.lines, bad: card.bad };
      card = undefined;
      continue;
    }
    if (card.depth > 1 || l.text.trim() === '') continue;
    const parsed = parseContentLine(l.text, l.row);
    if (parsed === undefined) card.bad.push(l);
    else card.lines.push(parsed);
  }
  if (card !== undefined) yield { kind: 'truncated', row: card.row, raw: card.raw.join('\n') };
}
