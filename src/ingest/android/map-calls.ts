import type { Database } from 'sql.js';
import type { PropValue } from '../contract.js';
import type { DbSession } from './db-session.js';
import { fromUnixMs } from './epoch.js';
import { num, text } from './sqlite-file.js';

// CallLog.Calls.TYPE: 1 incoming, 2 outgoing, 3 missed, 4 voicemail, 5 rejected, 6 blocked, 7 answered externally.
const CALL_TYPES: Readonly<Record<number, string>> = {
  1: 'incoming',
  2: 'outgoing',
  3: 'missed',
  4: 'voicemail',
  5: 'rejected',
  6: 'blocked',
  7: 'answered-externally',
};
// Presentation 2–4 (restricted, unknown, payphone): the network withheld the number.
const WITHHELD = new Set([2, 3, 4]);

/** The `calls` table of `calllog.db` or an older `contacts2.db`; `countryiso` is the region of national numbers. */
export function importCalls(db: Database, label: string, session: DbSession): void {
  const { ctx } = session;
  session.table(db, 'SELECT rowid AS rowid_, * FROM calls', `${label}: table calls`, (row, at) => {
    const when = fromUnixMs(num(row['date']));
    if (when === undefined) return { ok: false, code: 'ANDROID_BAD_TIMESTAMP', field: 'date' };
    const type = num(row['type']) ?? 0;
    const number = text(row['number']);
    const props: Record<string, PropValue> = { callType: CALL_TYPES[type] ?? String(type) };
    const geocoded = text(row['geocoded_location']);
    if (geocoded !== undefined) props['geocodedLocation'] = geocoded;
    const owner = ctx.owner.anchor(at);
    let other: string | undefined;
    if (number !== undefined) {
      const region = text(row['countryiso'])?.toUpperCase();
      const id = ctx.ids.phone(number, at, undefined, region);
      if (!id.ok) return { ok: false, code: id.error.code, field: 'number' };
      other = id.value;
      const name = text(row['name']);
      if (name !== undefined) ctx.alias(other, name, at);
    } else if (!WITHHELD.has(num(row['presentation']) ?? 1))
      return { ok: false, code: 'ANDROID_NO_ADDRESS', field: 'number' };
    else props['withheld'] = true;
    const isOutgoing = type === 2;
    ctx.sink.event(
      {
        kind: 'call',
        startUtcMs: when.utcMs,
        time: when.time,
        durationS: num(row['duration']) ?? 0,
        ...(isOutgoing ? { from: owner } : other !== undefined ? { from: other } : {}),
        ...(isOutgoing ? (other !== undefined ? { to: other } : {}) : { to: owner }),
        props,
      },
      at,
    );
    return { ok: true };
  });
}
