import { createReadStream } from 'node:fs';
import { JsonStream } from './json-stream.js';
import type { JsonPath } from './json-stream.js';

/** What the export reader hands over, in file order. */
export interface ExportHandlers {
  /** A chat's `name`, `type` or `id`; `chat` is its index in `chats.list` (or -1 for a single-chat export). */
  chatField(section: string, chat: number, field: string, value: unknown): void;
  message(section: string, chat: number, ordinal: number, path: string, value: unknown): void;
  contact(index: number, value: unknown): void;
  personalInformation(value: unknown): void;
  /** A list element that is read but not modelled (sessions, frequent contacts…). */
  skipped(kind: string): void;
}

const CHAT_FIELDS = new Set(['name', 'type', 'id']);
const CHAT_SECTIONS = new Set(['chats', 'left_chats']);
const SKIPPED_SECTIONS = new Set([
  'frequent_contacts',
  'sessions',
  'web_sessions',
  'profile_pictures',
  'stories',
]);

type Route = (path: JsonPath, value: unknown) => void;

function router(h: ExportHandlers, next: () => number): { isWanted: (p: JsonPath) => boolean; emit: Route } {
  const classify = (p: JsonPath): string | undefined => {
    const [a, b, c, d, e, f] = p;
    if (p.length === 1 && typeof a === 'string' && CHAT_FIELDS.has(a)) return 'single-field';
    if (p.length === 2 && a === 'messages' && typeof b === 'number') return 'single-message';
    if (p.length === 1 && a === 'personal_information') return 'personal';
    if (p.length === 3 && a === 'contacts' && b === 'list' && typeof c === 'number') return 'contact';
    const inChats = typeof a === 'string' && CHAT_SECTIONS.has(a) && b === 'list' && typeof c === 'number';
    if (inChats && p.length === 4 && typeof d === 'string' && CHAT_FIELDS.has(d)) return 'chat-field';
    if (inChats && p.length === 5 && d === 'messages' && typeof e === 'number') return 'chat-message';
    if (p.length === 3 && typeof a === 'string' && SKIPPED_SECTIONS.has(a) && b === 'list' && f === undefined)
      return 'skipped';
    return undefined;
  };
  const emit: Route = (p, v) => {
    const [a, , c, d, e] = p;
    switch (classify(p)) {
      case 'single-field':
        return h.chatField('', -1, String(a), v);
      case 'single-message':
        return h.message('', -1, next(), `messages[${String(p[1])}]`, v);
      case 'personal':
        return h.personalInformation(v);
      case 'contact':
        return h.contact(Number(c), v);
      case 'chat-field':
        return h.chatField(String(a), Number(c), String(d), v);
      case 'chat-message':
        return h.message(
          String(a),
          Number(c),
          next(),
          `${String(a)}.list[${String(c)}].messages[${String(e)}]`,
          v,
        );
      case 'skipped':
        return h.skipped(String(a));
      case undefined:
        return undefined;
    }
  };
  return { isWanted: (p) => classify(p) !== undefined, emit };
}

/** Streams a Telegram Desktop `result.json` (single-chat or full export) through `h` in bounded memory. */
export async function readExport(path: string, h: ExportHandlers, ordinal: () => number): Promise<void> {
  const { isWanted, emit } = router(h, ordinal);
  const parser = new JsonStream(isWanted, emit);
  const stream = createReadStream(path, { encoding: 'utf8', highWaterMark: 1 << 20 });
  let isFirst = true;
  for await (const chunk of stream) {
    const text = String(chunk);
    parser.write(isFirst ? text.replace(/^\ufeff/u, '') : text);
    isFirst = false;
  }
  parser.end();
}
