/** What a Telegram `text` field flattens to: plain text, and the targets of links in it. */
export interface FlatText {
  readonly text: string;
  readonly links: readonly string[];
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Flattens `text`, which is a string, or an array of strings and entity objects
 * (`{type: 'bold'|'link'|'mention'|…, text, href?}`), to plain text. Entity text is kept verbatim;
 * `text_link` targets and `mention_name` user ids are returned beside it, as they are not in the text.
 */
export function flattenText(value: unknown): FlatText {
  if (typeof value === 'string') return { text: value, links: [] };
  if (!Array.isArray(value)) return { text: '', links: [] };
  let text = '';
  const links: string[] = [];
  for (const part of value) {
    if (typeof part === 'string') text += part;
    else if (isRecord(part)) {
      if (typeof part.text === 'string') text += part.text;
      if (typeof part.href === 'string') links.push(part.href);
      if (
        part.type === 'mention_name' &&
        (typeof part.user_id === 'number' || typeof part.user_id === 'string')
      ) {
        links.push(`tg:user${String(part.user_id)}`);
      }
    }
  }
  return { text, links };
}
