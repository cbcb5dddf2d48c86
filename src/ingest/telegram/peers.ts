import type { RecordSink, RowRef } from '../contract.js';
import { normalisePhone } from '../../model/selectors/index.js';

type PhoneRegion = NonNullable<NonNullable<Parameters<typeof normalisePhone>[1]>['region']>;

/** A Telegram peer id as `from_id` writes it: `user123`, `channel123`, `chat123`. */
export const PEER_ID = /^(user|channel|chat)\d+$/u;

/** The account entity of a Telegram peer (`telegram:user123`). */
export function peerAccount(sink: RecordSink, peer: string, label: string | undefined, at: RowRef): string {
  const props = { service: 'telegram', peer };
  return sink.entity(
    label === undefined
      ? { kind: 'account', key: `telegram:${peer}`, props }
      : { kind: 'account', key: `telegram:${peer}`, label, props },
    at,
  );
}

/** A phone number as Telegram stores it (digits, sometimes without `+`), normalised to E.164. */
export function telegramPhone(raw: string, region: string | undefined): string | undefined {
  const digits = raw.trim();
  // Telegram stores international numbers without the plus ("447700900456").
  const text = /^\d{8,15}$/u.test(digits) ? `+${digits}` : digits;
  const r = normalisePhone(text, region === undefined ? {} : { region: region as PhoneRegion });
  return r.ok && r.value.value.startsWith('+') ? r.value.value : undefined;
}

/** A phone entity for a number an account is registered on, linked `account —uses→ phone`. */
export function linkPhone(sink: RecordSink, account: string, e164: string, raw: string, at: RowRef): string {
  const phone = sink.entity({ kind: 'phone', key: e164, label: e164, raw }, at);
  sink.link({ kind: 'uses', from: account, to: phone, basis: 'fact' }, at);
  return phone;
}
