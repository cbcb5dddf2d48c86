import type { Database } from 'sql.js';
import type { EventKind } from '../../model/index.js';
import type { PropValue, RowRef } from '../contract.js';
import type { DbContext, DbSession, RowOutcome } from './db-session.js';
import { fromUnixMs, fromUnixSeconds } from './epoch.js';
import { eachRow, num, text } from './sqlite-file.js';
import type { Row } from './sqlite-file.js';

// Telephony TextBasedSmsColumns: 1 inbox, 2 sent, 3 draft, 4 outbox, 5 failed, 6 queued.
const SMS_TYPES: Readonly<Record<number, string>> = {
  1: 'inbox',
  2: 'sent',
  3: 'draft',
  4: 'outbox',
  5: 'failed',
  6: 'queued',
};
const MMS_FROM = 137;
const MMS_TO = new Set([151, 130, 129]);

interface Exchange {
  readonly kind: EventKind;
  readonly counterparts: readonly string[];
  readonly isIncoming: boolean;
  readonly when: ReturnType<typeof fromUnixMs>;
  readonly text?: string;
  readonly props: Record<string, PropValue>;
}

/** Writes one event per counterpart, the owner on the other side. */
export function writeExchange(e: Exchange, at: RowRef, ctx: DbContext): RowOutcome {
  if (e.when === undefined) return { ok: false, code: 'ANDROID_BAD_TIMESTAMP', field: 'date' };
  if (e.counterparts.length === 0) return { ok: false, code: 'ANDROID_NO_ADDRESS', field: 'address' };
  const ids: string[] = [];
  for (const raw of e.counterparts) {
    const id = ctx.ids.phone(raw, at);
    if (!id.ok) return { ok: false, code: id.error.code, field: 'address' };
    ids.push(id.value);
  }
  const owner = ctx.owner.anchor(at);
  for (const other of ids) {
    ctx.sink.event(
      {
        kind: e.kind,
        startUtcMs: e.when.utcMs,
        time: e.when.time,
        from: e.isIncoming ? other : owner,
        to: e.isIncoming ? owner : other,
        ...(e.text !== undefined ? { text: e.text } : {}),
        props: e.props,
      },
      at,
    );
  }
  return { ok: true };
}

/** `mmssms.db` table `sms`: `date` in ms (UTC), `type` decides the direction. */
export function importSms(db: Database, label: string, session: DbSession): void {
  session.table(db, 'SELECT rowid AS rowid_, * FROM sms', `${label}: table sms`, (row: Row, at) => {
    const type = num(row['type']) ?? 0;
    const address = text(row['address']);
    const body = text(row['body']);
    return writeExchange(
      {
        kind: 'sms',
        counterparts: address !== undefined ? [address] : [],
        isIncoming: type === 1,
        when: fromUnixMs(num(row['date'])),
        ...(body !== undefined ? { text: body } : {}),
        props: {
          folder: SMS_TYPES[type] ?? String(type),
          read: num(row['read']) === 1,
          threadId: num(row['thread_id']) ?? null,
        },
      },
      at,
      session.ctx,
    );
  });
}

/** `pdu` + `addr` (137 from; 151/130/129 to, cc, bcc) + `part` (text/plain bodies); `pdu.date` in seconds. */
export function importMms(db: Database, label: string, session: DbSession): void {
  const addrs = new Map<number, { type: number; address: string }[]>();
  eachRow(db, 'SELECT msg_id, type, address FROM addr', (r) => {
    const id = num(r['msg_id']);
    const address = text(r['address']);
    // The provider writes this placeholder for the owner's own address.
    if (id === undefined || address === undefined || address === 'insert-address-token') return;
    addrs.set(id, [...(addrs.get(id) ?? []), { type: num(r['type']) ?? 0, address }]);
  });
  const bodies = new Map<number, string>();
  eachRow(db, "SELECT mid, text FROM part WHERE ct = 'text/plain' ORDER BY mid, seq", (r) => {
    const id = num(r['mid']);
    const t = text(r['text']);
    if (id !== undefined && t !== undefined) bodies.set(id, bodies.has(id) ? `${bodies.get(id)}\n${t}` : t);
  });
  session.table(
    db,
    'SELECT rowid AS rowid_, _id, date, msg_box, sub, read FROM pdu',
    `${label}: table pdu`,
    (row, at) => {
      const id = num(row['_id']) ?? -1;
      const isIncoming = num(row['msg_box']) === 1;
      const list = addrs.get(id) ?? [];
      const counterparts = list
        .filter((a) => (isIncoming ? a.type === MMS_FROM : MMS_TO.has(a.type)))
        .map((a) => a.address);
      const body = bodies.get(id) ?? text(row['sub']);
      return writeExchange(
        {
          kind: 'mms',
          counterparts,
          isIncoming,
          when: fromUnixSeconds(num(row['date'])),
          ...(body !== undefined ? { text: body } : {}),
          props: { msgBox: num(row['msg_box']) ?? null },
        },
        at,
        session.ctx,
      );
    },
  );
}
