import { parseHeaderLine } from './line-parser.js';
import type { HeaderLine } from './line-parser.js';

/** One input unit: a message with its continuation lines, or a line before any message. */
export type ChatUnit =
  | { readonly kind: 'message'; readonly row: number; readonly header: HeaderLine; readonly rest: string }
  | { readonly kind: 'orphan'; readonly row: number; readonly raw: string }
  | { readonly kind: 'blank'; readonly row: number };

/** Groups lines into messages: a line that does not start with a timestamp continues the one before. */
export async function* chatUnits(lines: AsyncIterable<string>): AsyncIterable<ChatUnit> {
  let current: { row: number; header: HeaderLine; parts: string[] } | undefined;
  let row = 0;
  const flush = (): ChatUnit | undefined => {
    if (current === undefined) return undefined;
    // Exports end with a newline; trailing blank lines are layout, not text.
    const rest = current.parts.join('\n').replace(/\s+$/u, '');
    const unit: ChatUnit = { kind: 'message', row: current.row, header: current.header, rest };
    current = undefined;
    return unit;
  };
  for await (const line of lines) {
    row += 1;
    const header = parseHeaderLine(line);
    if (header !== undefined) {
      const done = flush();
      if (done !== undefined) yield done;
      current = { row, header, parts: [header.rest] };
    } else if (current !== undefined) {
      current.parts.push(line);
    } else if (line.trim() === '') {
      yield { kind: 'blank', row };
    } else {
      yield { kind: 'orphan', row, raw: line };
    }
  }
  const last = flush();
  if (last !== undefined) yield last;
}
