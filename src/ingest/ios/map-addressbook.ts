import type { Database } from 'sql.js';
import type { DbSession } from '../android/index.js';
import { eachRow, num, text } from '../android/index.js';

// ABMultiValue.property: 3 phone, 4 e-mail (kABPersonPhoneProperty / kABPersonEmailProperty).
const PHONE = 3;
const EMAIL = 4;

/** `AddressBook.sqlitedb`: each phone / e-mail value is a unit, the person's name an alias of it. */
export function importAddressBook(db: Database, label: string, session: DbSession): void {
  const names = new Map<number, string>();
  eachRow(db, 'SELECT ROWID AS id, First, Last, Organization FROM ABPerson', (r) => {
    const name =
      [text(r['First']), text(r['Last'])].filter((x) => x !== undefined).join(' ') || text(r['Organization']);
    if (name !== undefined) names.set(num(r['id']) ?? -1, name);
  });
  eachRow(db, `SELECT property FROM ABMultiValue WHERE property NOT IN (${PHONE}, ${EMAIL})`, (r) =>
    session.skip(`ABMultiValue property ${String(r['property'])}`),
  );
  const { ctx } = session;
  const sql = `SELECT ROWID AS rowid_, record_id, property, value FROM ABMultiValue WHERE property IN (${PHONE}, ${EMAIL})`;
  session.table(db, sql, `${label}: table ABMultiValue`, (row, at) => {
    const value = text(row['value']);
    if (value === undefined) return { ok: false, code: 'IOS_CONTACT_EMPTY', field: 'value' };
    const id =
      num(row['property']) === PHONE ? ctx.ids.phone(value, at) : ctx.ids.account(value, 'email', at);
    if (!id.ok) return { ok: false, code: id.error.code, field: 'value' };
    const name = names.get(num(row['record_id']) ?? -1);
    if (name !== undefined) ctx.alias(id.value, name, at);
    return { ok: true };
  });
}
