import { readBody } from './body.js';
import { addEvidence, emptyEvidence } from './date-order.js';
import type { OrderEvidence } from './date-order.js';
import { chatUnits } from './message-units.js';

/** What a first pass over the file learns before any record is written. */
export interface ChatScan {
  readonly evidence: OrderEvidence;
  readonly authors: ReadonlySet<string>;
  /** The name the iOS encryption notice is shown under: the chat's name. */
  readonly noticeName?: string;
  /** A notice mentions a group ("created group", "Messages to this group…"). */
  readonly hasGroupNotice: boolean;
}

// "group" in the locales of the reference corpus; a hint only, the chatType option overrides it.
const GROUP_WORD = /group|grupo|gruppe|groupe|grupp|skupin|групп|груп/iu;

/** Reads the whole file once, in bounded memory (authors are few), for whole-file decisions. */
export async function scanChat(lines: AsyncIterable<string>): Promise<ChatScan> {
  const evidence = emptyEvidence();
  const authors = new Set<string>();
  let noticeName: string | undefined;
  let hasGroupNotice = false;
  for await (const unit of chatUnits(lines)) {
    if (unit.kind !== 'message') continue;
    addEvidence(evidence, unit.header.stamp);
    const body = readBody(unit.rest);
    if (body.author !== undefined) authors.add(body.author);
    if (body.kind === 'system') {
      noticeName ??= body.shownAs;
      hasGroupNotice ||= GROUP_WORD.test(body.text);
    }
  }
  return noticeName === undefined
    ? { evidence, authors, hasGroupNotice }
    : { evidence, authors, noticeName, hasGroupNotice };
}
