import { startsWithMark, stripMarks } from './normalise-line.js';
import { DELETED_PREFIXES, NOTICE_PREFIXES, OMITTED_WORDS, SERVICE_NAMES } from './placeholders.js';

/** What a message body is: typed text, a file, a placeholder WhatsApp wrote, or a system notice. */
export type BodyKind = 'text' | 'attachment' | 'media-omitted' | 'deleted' | 'placeholder' | 'system';

export interface Body {
  readonly kind: BodyKind;
  /** The sender as shown, direction marks removed; absent for notices WhatsApp wrote itself. */
  readonly author?: string;
  /** The text without direction marks; a multi-line message keeps its line breaks. */
  readonly text: string;
  readonly attachment?: string;
  /** iOS shows its encryption notice under the chat's name (the other party, or the group). */
  readonly shownAs?: string;
}

const MAX_AUTHOR = 80;
const IOS_ATTACHED = /<[^<>:]{2,24}: ([^<>]+)>/u;
const ANDROID_ATTACHED = /^(.+\.[\p{L}\p{N}]{1,6}) \([^()]{3,40}\)$/u;
const ANDROID_OMITTED = /^<[^<>:]+>$/u;

function splitAuthor(rest: string): { author?: string; text: string } {
  const firstLine = rest.split('\n', 1)[0] ?? '';
  const colon = firstLine.indexOf(': ');
  const head =
    colon >= 0 ? firstLine.slice(0, colon) : firstLine.endsWith(':') ? firstLine.slice(0, -1) : undefined;
  // A notice that quotes a subject ("changed the subject to "a: b"") must not yield an author.
  if (head === undefined || head.length === 0 || head.length > MAX_AUTHOR || head.includes('"')) {
    return { text: rest };
  }
  const author = stripMarks(head).trim();
  if (author === '') return { text: rest };
  return { author, text: rest.slice(colon >= 0 ? colon + 2 : firstLine.length) };
}

const startsWithAny = (text: string, prefixes: readonly string[]): boolean => {
  const lower = text.toLowerCase();
  return prefixes.some((p) => lower.startsWith(p));
};

function classify(original: string, text: string): Omit<Body, 'author' | 'text'> {
  const firstLine = text.split('\n', 1)[0] ?? '';
  const attached = IOS_ATTACHED.exec(text)?.[1] ?? ANDROID_ATTACHED.exec(firstLine)?.[1];
  if (attached !== undefined) return { kind: 'attachment', attachment: attached.trim() };
  // iOS writes two marks before notices shown under the chat's name ("Your security code … changed").
  if (/^[\u200e\u200f]{2}/u.test(original)) return { kind: 'system' };
  if (startsWithAny(text, DELETED_PREFIXES)) return { kind: 'deleted' };
  if (startsWithAny(text, NOTICE_PREFIXES)) return { kind: 'system' };
  if (ANDROID_OMITTED.test(firstLine)) return { kind: 'media-omitted' };
  if (!startsWithMark(original) && !/ [\u200e\u200f]/u.test(original)) return { kind: 'text' };
  if (SERVICE_NAMES.test(text)) return { kind: 'system' };
  const lower = text.toLowerCase();
  return { kind: OMITTED_WORDS.some((w) => lower.includes(w)) ? 'media-omitted' : 'placeholder' };
}

/** Splits what follows a timestamp into author and text, and says what kind of body it is. */
export function readBody(rest: string): Body {
  const { author, text: original } = splitAuthor(rest);
  const text = stripMarks(original).trim();
  if (author === undefined) return { kind: 'system', text };
  const { kind, attachment } = classify(original, text);
  // The iOS encryption notice comes "from" the chat's name: it is not a participant's message.
  if (kind === 'system') return { kind, text, shownAs: author };
  return attachment === undefined ? { kind, author, text } : { kind, author, text, attachment };
}
