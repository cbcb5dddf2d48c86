import type { Database } from 'sql.js';
import type { DbContext, DbSession, RowOutcome } from '../android/index.js';
import { eachRow, num, text } from '../android/index.js';
import type { PropValue, RowRef } from '../contract.js';
import type { IdResult } from '../ufed/index.js';
import { textFromAttributedBody } from './attributed-body.js';
import { fromMacTime } from './mac-time.js';

/**
 * iOS `sms.db` (and macOS `chat.db`): each `message` row is a unit. The counterpart is `handle.id`, or,
 * for messages with handle 0, the handles of the message's chat. `is_from_me` decides the direction;
 * `message.account` (`p:+number` / `e:apple-id`) names the owner's own identity.
 */
export function importSmsDb(db: Database, label: string, session: DbSession): void {
  const handles = new Map<number, { raw: string; region?: string }>();
  eachRow(db, 'SELECT * FROM handle', (r) => {
    const raw = text(r['id']);
    const region = text(r['country'])?.toUpperCase();
    if (raw !== undefined)
      handles.set(num(r['ROWID']) ?? -1, region !== undefined ? { raw, region } : { raw });
  });
  const chatOf = new Map<number, number>();
  eachRow(db, 'SELECT chat_id, message_id FROM chat_message_join', (r) =>
    chatOf.set(num(r['message_id']) ?? -1, num(r['chat_id']) ?? -1),
  );
  const chatHandles = new Map<number, number[]>();
  eachRow(db, 'SELECT chat_id, handle_id FROM chat_handle_join', (r) => {
    const chat = num(r['chat_id']) ?? -1;
    chatHandles.set(chat, [...(chatHandles.get(chat) ?? []), num(r['handle_id']) ?? -1]);
  });
  const owners = new Map<string, IdResult>();
  const { ctx } = session;
  session.table(db, 'SELECT ROWID AS rowid_, * FROM message', `${label}: table message`, (row, at) => {
    const when = fromMacTime(num(row['date']));
    if (when === undefined) return { ok: false, code: 'IOS_BAD_TIMESTAMP', field: 'date' };
    const handleId = num(row['handle_id']) ?? 0;
    const chat = chatOf.get(num(row['rowid_']) ?? -1);
    const handleIds = handleId !== 0 ? [handleId] : chat !== undefined ? (chatHandles.get(chat) ?? []) : [];
    const others: string[] = [];
    for (const h of handleIds) {
      const handle = handles.get(h);
      if (handle === undefined) continue;
      // `handle.country` is the region the number was stored under, so national forms resolve.
      const id = handle.raw.includes('@')
        ? ctx.ids.account(handle.raw, 'email', at)
        : ctx.ids.phone(handle.raw, at, undefined, handle.region);
      if (!id.ok) return { ok: false, code: id.error.code, field: 'handle_id' };
      others.push(id.value);
    }
    const owner = ownerOf(text(row['account']), at, ctx, owners);
    const body = text(row['text']) ?? blobText(row['attributedBody']);
    const props: Record<string, PropValue> = { service: text(row['service']) ?? null };
    if (chat !== undefined) props['chatRowId'] = chat;
    if (others.length > 1) props['group'] = true;
    const isFromMe = num(row['is_from_me']) === 1;
    // A group message from me goes to the chat (no entity); one from another member names its handle.
    const targets: readonly (string | undefined)[] = isFromMe
      ? others.length === 1
        ? others
        : [undefined]
      : [owner];
    const sender = isFromMe ? owner : others[0];
    if (sender === undefined && !isFromMe) return { ok: false, code: 'IOS_NO_HANDLE', field: 'handle_id' };
    for (const to of targets) {
      ctx.sink.event(
        {
          kind: 'message',
          startUtcMs: when.utcMs,
          time: when.time,
          ...(sender !== undefined ? { from: sender } : {}),
          ...(to !== undefined ? { to } : {}),
          ...(body !== undefined ? { text: body } : {}),
          props,
        },
        at,
      );
    }
    return { ok: true } satisfies RowOutcome;
  });
}

const blobText = (v: unknown): string | undefined =>
  v instanceof Uint8Array ? textFromAttributedBody(v) : undefined;

/** The owner side of a message: its `account` identity when the row names one, else the owner anchor. */
function ownerOf(
  account: string | undefined,
  at: RowRef,
  ctx: DbContext,
  cache: Map<string, IdResult>,
): string {
  if (account === undefined) return ctx.owner.anchor(at);
  let id = cache.get(account);
  if (id === undefined) {
    const value = account.replace(/^[ep]:/iu, '');
    id = account.toLowerCase().startsWith('p:')
      ? ctx.owner.addOwnPhone(value, at)
      : ctx.ids.party(value, undefined, at);
    if (id.ok) ctx.owner.linkFromDevice(id.value, at);
    cache.set(account, id);
  }
  return id.ok ? id.value : ctx.owner.anchor(at);
}
