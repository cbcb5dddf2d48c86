import type { EventDraft, PropValue, RecordSink, RowRef } from '../contract.js';
import type { EventKind } from '../../model/index.js';
import { localToUtc, TieBreaker } from '../time/index.js';
import { flattenText } from './flatten-text.js';
import { PEER_ID, peerAccount, telegramPhone } from './peers.js';

/** What is known of the chat a message belongs to (its fields precede `messages` in the export). */
export interface ChatContext {
  name?: string;
  type?: string;
  id?: number | string;
  entity?: string;
}

const GROUP_PEER: Readonly<Record<string, 'chat' | 'channel'>> = {
  private_group: 'chat',
  private_supergroup: 'channel',
  public_supergroup: 'channel',
  private_channel: 'channel',
  public_channel: 'channel',
};
const MAX_RAW = 2000;
const ISO_LOCAL = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})$/u;

type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);
const scalar = (v: unknown): PropValue | undefined =>
  typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' ? v : undefined;

export interface WriterSetup {
  readonly sink: RecordSink;
  readonly zone?: string;
  readonly region?: string;
  selfId?: string;
}

/** Writes one Telegram message object as an event, or a reject with a code. */
export class MessageWriter {
  private readonly ties = new TieBreaker();
  private readonly members = new Set<string>();
  imported = 0;
  rejected = 0;

  constructor(private readonly s: WriterSetup) {}

  /** The exporter's own account, once known. */
  get self(): string | undefined {
    return this.s.selfId;
  }

  setSelf(id: string): void {
    this.s.selfId = id;
  }

  write(chat: ChatContext, value: unknown, at: RowRef): void {
    const raw = JSON.stringify(value)?.slice(0, MAX_RAW) ?? '';
    if (!isRecord(value)) return this.reject(at, 'message', 'TELEGRAM_BAD_MESSAGE', raw);
    const time = this.timeOf(value);
    if (time === undefined) return this.reject(at, 'date', 'TELEGRAM_BAD_DATE', raw);
    const type = value.type;
    if (type !== 'message' && type !== 'service')
      return this.reject(at, 'type', 'TELEGRAM_UNSUPPORTED_MESSAGE', raw);
    const target = this.chatEntity(chat, at);
    const isService = type === 'service';
    const fromPeer = str(isService ? value.actor_id : value.from_id);
    const fromName = str(isService ? value.actor : value.from);
    const from =
      fromPeer !== undefined && PEER_ID.test(fromPeer)
        ? peerAccount(this.s.sink, fromPeer, fromName, at)
        : undefined;
    if (from !== undefined && target.isGroup && from !== target.id) this.member(from, target.id, at);
    // Without personal_information, the party of a one-to-one chat who is not the peer is the exporter.
    if (!target.isGroup && target.id !== undefined && from !== undefined && from !== target.id)
      this.s.selfId ??= from;
    const to = target.isGroup ? target.id : from === target.id ? this.s.selfId : target.id;
    const flat = flattenText(value.text);
    const props = this.propsOf(value, chat, flat.links);
    if (!isService) this.sharedContact(value, from, props, at);
    const kind: EventKind = !isService ? 'message' : value.action === 'phone_call' ? 'call' : 'incident';
    const text = flat.text !== '' || !isService ? flat.text : String(value.action ?? 'service');
    const duration = typeof value.duration_seconds === 'number' ? { durationS: value.duration_seconds } : {};
    this.event(
      { kind, ...time, text, props, ...duration, ...(from ? { from } : {}), ...(to ? { to } : {}) },
      at,
    );
  }

  private event(draft: EventDraft, at: RowRef): void {
    const ordinal = this.ties.ordinal(draft.startUtcMs, draft.kind, draft.from, draft.to);
    this.s.sink.event(ordinal > 0 ? { ...draft, ordinal } : draft, at);
    this.imported += 1;
  }

  private timeOf(m: Json): Pick<EventDraft, 'startUtcMs' | 'time'> | undefined {
    const unix = m.date_unixtime;
    if ((typeof unix === 'string' && /^\d+$/u.test(unix)) || typeof unix === 'number') {
      return { startUtcMs: Number(unix) * 1000, time: { raw: String(unix), zone: 'UTC' } };
    }
    // Exports before date_unixtime existed carry only the exporting computer's local time.
    const local = ISO_LOCAL.exec(str(m.date) ?? '');
    if (local === null || this.s.zone === undefined) return undefined;
    const [y, mo, d, h, mi, s] = local.slice(1).map(Number);
    const r = localToUtc(
      { year: y ?? 0, month: mo ?? 0, day: d ?? 0, hour: h ?? 0, minute: mi ?? 0, second: s ?? 0 },
      this.s.zone,
    );
    const time = { raw: local[0], zone: this.s.zone, ...(r.flag ? { flag: r.flag } : {}) };
    return { startUtcMs: r.utcMs, time };
  }

  private propsOf(m: Json, chat: ChatContext, links: readonly string[]): Record<string, PropValue> {
    const props: Record<string, PropValue> = { service: 'telegram', messageId: scalar(m.id) ?? null };
    if (chat.name !== undefined) props.chat = chat.name;
    if (chat.type !== undefined) props.chatType = chat.type;
    const copy: Readonly<Record<string, string>> = {
      date: 'localDate',
      edited: 'edited',
      forwarded_from: 'forwardedFrom',
      saved_from: 'savedFrom',
      reply_to_message_id: 'replyTo',
      via_bot: 'viaBot',
      media_type: 'mediaType',
      sticker_emoji: 'stickerEmoji',
      file: 'file',
      photo: 'photo',
      mime_type: 'mimeType',
      action: 'action',
      title: 'title',
      discard_reason: 'discardReason',
      message_id: 'targetMessageId',
      author: 'author',
    };
    for (const [key, name] of Object.entries(copy)) {
      const v = scalar(m[key]);
      if (v !== undefined) props[name] = v;
    }
    if (Array.isArray(m.members)) props.members = m.members.filter((x) => typeof x === 'string').join(', ');
    if (links.length > 0) props.links = links.join(' ');
    const loc = m.location_information;
    if (isRecord(loc) && typeof loc.latitude === 'number' && typeof loc.longitude === 'number') {
      props.latitude = loc.latitude;
      props.longitude = loc.longitude;
    }
    return props;
  }

  /** A contact shared in a message: its number becomes a phone entity aliased by the sender. */
  private sharedContact(
    m: Json,
    from: string | undefined,
    props: Record<string, PropValue>,
    at: RowRef,
  ): void {
    const c = m.contact_information;
    if (!isRecord(c)) return;
    const raw = str(c.phone_number) ?? '';
    props.sharedPhone = raw;
    const e164 = telegramPhone(raw, this.s.region);
    // An unreadable number stays in props.sharedPhone; the message itself is imported.
    if (e164 === undefined) return;
    const phone = this.s.sink.entity({ kind: 'phone', key: e164, label: e164, raw }, at);
    const name = [str(c.first_name), str(c.last_name)].filter((x) => x !== undefined && x !== '').join(' ');
    if (name !== '')
      this.s.sink.alias(
        { entity: phone, name, ...(from ? { holder: from } : {}), context: 'telegram shared contact' },
        at,
      );
  }

  private chatEntity(chat: ChatContext, at: RowRef): { id: string | undefined; isGroup: boolean } {
    const kind = chat.type === undefined ? undefined : GROUP_PEER[chat.type];
    if (chat.entity === undefined && chat.id !== undefined) {
      if (kind !== undefined)
        chat.entity = peerAccount(this.s.sink, `${kind}${String(chat.id)}`, chat.name, at);
      else if (chat.type === 'personal_chat' || chat.type === 'bot_chat') {
        chat.entity = peerAccount(this.s.sink, `user${String(chat.id)}`, chat.name, at);
      }
    }
    if (chat.type === 'saved_messages' || chat.type === 'replies')
      return { id: this.s.selfId, isGroup: false };
    return { id: chat.entity, isGroup: kind !== undefined };
  }

  private member(account: string, group: string | undefined, at: RowRef): void {
    if (group === undefined || this.members.has(`${account}>${group}`)) return;
    this.members.add(`${account}>${group}`);
    this.s.sink.link({ kind: 'member-of', from: account, to: group, basis: 'fact' }, at);
  }

  private reject(at: RowRef, field: string, code: string, raw: string): void {
    this.s.sink.reject({ row: at.row, field, code, raw, ...(at.path ? { detail: at.path } : {}) });
    this.rejected += 1;
  }
}
