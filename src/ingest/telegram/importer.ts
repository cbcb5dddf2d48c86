import type { ImportInput, ImportOutcome, Importer, ProgressFn, RecordSink, RowRef } from '../contract.js';
import { SkeinError } from '../../model/index.js';
import { assertTimeZone } from '../time/index.js';
import { MessageWriter } from './message-writer.js';
import type { ChatContext } from './message-writer.js';
import { TelegramOptions } from './options.js';
import { linkPhone, peerAccount, telegramPhone } from './peers.js';
import { readExport } from './read-export.js';

const PROGRESS_EVERY = 1000;
type Json = Record<string, unknown>;
const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v !== '' ? v : undefined);
const userPeer = (v: unknown): string | undefined =>
  typeof v === 'number' || (typeof v === 'string' && /^\d+$/u.test(v)) ? `user${String(v)}` : str(v);
const fullName = (v: Json): string | undefined =>
  str([str(v.first_name), str(v.last_name)].filter((x) => x !== undefined).join(' '));

interface Counters {
  units: number;
  imported: number;
  rejected: number;
  readonly skipped: Record<string, number>;
}

/** A person's own account from `personal_information`, with its phone. */
function writeSelf(sink: RecordSink, v: Json, region: string | undefined, at: RowRef): string | undefined {
  const peer = userPeer(v.user_id);
  if (peer === undefined) return undefined;
  const self = peerAccount(sink, peer, fullName(v), at);
  const raw = str(v.phone_number);
  const e164 = raw === undefined ? undefined : telegramPhone(raw, region);
  if (raw !== undefined && e164 !== undefined) linkPhone(sink, self, e164, raw, at);
  const username = str(v.username);
  if (username !== undefined) sink.alias({ entity: self, name: username, context: 'telegram username' }, at);
  return self;
}

/** One entry of the exporter's contact list: the number saved under a name in the exporter's account. */
function writeContact(
  sink: RecordSink,
  v: Json,
  setup: { region?: string; self?: string },
  at: RowRef,
): boolean {
  const raw = str(v.phone_number);
  const e164 = raw === undefined ? undefined : telegramPhone(raw, setup.region);
  if (raw === undefined || e164 === undefined) return false;
  const phone = sink.entity({ kind: 'phone', key: e164, label: e164, raw }, at);
  const name = fullName(v);
  if (name !== undefined) {
    sink.alias(
      { entity: phone, name, context: 'telegram contacts', ...(setup.self ? { holder: setup.self } : {}) },
      at,
    );
  }
  const peer = userPeer(v.user_id);
  if (peer !== undefined && peer !== 'user0') {
    sink.link({ kind: 'uses', from: peerAccount(sink, peer, name, at), to: phone, basis: 'fact' }, at);
  }
  return true;
}

async function run(
  input: ImportInput,
  options: TelegramOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  if (input.bytes > input.limits.maxFileBytes) {
    throw new SkeinError('TELEGRAM_FILE_TOO_LARGE', 'file exceeds the size limit', { file: input.fileName });
  }
  if (input.tz !== undefined) assertTimeZone(input.tz, 'TELEGRAM_BAD_TZ');
  const region = input.region;
  const selfPeer = options.selfUserId === undefined ? undefined : userPeer(options.selfUserId);
  const writer = new MessageWriter({
    sink,
    ...(input.tz ? { zone: input.tz } : {}),
    ...(region ? { region } : {}),
    ...(selfPeer ? { selfId: peerAccount(sink, selfPeer, undefined, { row: 0 }) } : {}),
  });
  const c: Counters = { units: 0, imported: 0, rejected: 0, skipped: {} };
  const chats = new Map<string, ChatContext>();
  const chatOf = (section: string, i: number): ChatContext => {
    const key = `${section}#${i}`;
    const found = chats.get(key) ?? {};
    chats.set(key, found);
    return found;
  };
  const next = (): number => {
    c.units += 1;
    if (c.units % PROGRESS_EVERY === 0) progress(c.units, undefined, 'rows');
    return c.units;
  };
  await readExport(
    input.path,
    {
      chatField(section, i, field, value) {
        const chat = chatOf(section, i);
        // A new chat starts: drop the previous one's context, memory stays bounded on huge exports.
        if (field === 'name' && typeof value === 'string') chat.name = value;
        if (field === 'type' && typeof value === 'string') chat.type = value;
        if (field === 'id' && (typeof value === 'number' || typeof value === 'string')) chat.id = value;
        for (const k of chats.keys()) if (k !== `${section}#${i}`) chats.delete(k);
      },
      message(section, i, ordinal, path, value) {
        writer.write(chatOf(section, i), value, { row: ordinal, path });
      },
      personalInformation(value) {
        const row = next();
        const self = isRecord(value)
          ? writeSelf(sink, value, region, { row, path: 'personal_information' })
          : undefined;
        if (self === undefined) {
          sink.reject({
            row,
            field: 'personal_information',
            code: 'TELEGRAM_BAD_PERSONAL_INFO',
            raw: JSON.stringify(value) ?? '',
          });
          c.rejected += 1;
          return;
        }
        writer.setSelf(self);
        c.imported += 1;
      },
      contact(index, value) {
        const row = next();
        const at = { row, path: `contacts.list[${index}]` };
        const setup = { ...(region ? { region } : {}), ...(writer.self ? { self: writer.self } : {}) };
        if (isRecord(value) && writeContact(sink, value, setup, at)) c.imported += 1;
        else {
          const raw = JSON.stringify(value) ?? '';
          sink.reject({ row, field: 'phone_number', code: 'TELEGRAM_BAD_PHONE', raw, detail: at.path });
          c.rejected += 1;
        }
      },
      skipped(kind) {
        c.skipped[kind] = (c.skipped[kind] ?? 0) + 1;
      },
    },
    next,
  );
  const imported = c.imported + writer.imported;
  const rejected = c.rejected + writer.rejected;
  return {
    rowsIn: imported + rejected,
    skipped: c.skipped,
    notes: ['times from date_unixtime (UTC); the exporter-local `date` is kept in props.localDate'],
  };
}

/** Imports a Telegram Desktop JSON export (`result.json`, single chat or whole account); see README.md. */
export const telegramImporter: Importer<TelegramOptions> = {
  kind: 'telegram',
  name: 'Telegram Desktop export',
  version: '1.0.0',
  options: TelegramOptions,
  acceptsFolder: false,
  run,
};
