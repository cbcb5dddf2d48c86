import type { ChatScan } from './scan.js';
import type { WhatsAppOptions } from './options.js';

/** Whole-file decisions about the chat: its name, whether it is a group, who talks to whom. */
export interface ChatPlan {
  readonly name?: string;
  readonly isGroup: boolean;
  /** In a one-to-one chat with two known parties, each party's counterpart. */
  readonly counterpart: ReadonlyMap<string, string>;
  readonly notes: readonly string[];
}

// English export file names; other locales' names are not parsed (use the chatName option).
const FILE_NAME_PATTERNS = [/^WhatsApp Chat with (.+)$/u, /^WhatsApp Chat - (.+)$/u];

/** The chat's name as the English export file names carry it. */
export function chatNameFromFile(fileName: string): string | undefined {
  const stem = fileName.replace(/\.(txt|zip)$/iu, '');
  for (const p of FILE_NAME_PATTERNS) {
    const name = p.exec(stem)?.[1]?.trim();
    if (name !== undefined && name !== '') return name;
  }
  return undefined;
}

const GROUP_MIN_AUTHORS = 3;

/** Plans the chat from the first pass; `auto` calls it a group on a group notice or three or more senders. */
export function planChat(scan: ChatScan, options: WhatsAppOptions, fileName: string): ChatPlan {
  const name = options.chatName ?? scan.noticeName ?? chatNameFromFile(fileName);
  const isAutoGroup = scan.hasGroupNotice || scan.authors.size >= GROUP_MIN_AUTHORS;
  const isGroup = options.chatType === 'auto' ? isAutoGroup : options.chatType === 'group';
  const why = options.chatType === 'auto' ? 'auto' : 'from options';
  const notes = [`chat type ${isGroup ? 'group' : 'individual'} (${why}, ${scan.authors.size} senders)`];
  const parties = new Set(scan.authors);
  if (!isGroup && name !== undefined && parties.size < 2) parties.add(name);
  if (!isGroup && options.ownerName !== undefined && parties.size < 2) parties.add(options.ownerName);
  const counterpart = new Map<string, string>();
  const [a, b, ...more] = [...parties];
  if (!isGroup && a !== undefined && b !== undefined && more.length === 0) {
    counterpart.set(a, b);
    counterpart.set(b, a);
  } else if (!isGroup) {
    notes.push(`one-to-one chat with ${parties.size} known parties: messages have no recipient`);
  }
  return name === undefined ? { isGroup, counterpart, notes } : { name, isGroup, counterpart, notes };
}
