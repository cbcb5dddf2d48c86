import type { Database } from 'sql.js';
import type { DbSession } from './db-session.js';
import { eachRow, num, text } from './sqlite-file.js';

const PHONE = 'vnd.android.cursor.item/phone_v2';
const EMAIL = 'vnd.android.cursor.item/email_v2';
const NAME = 'vnd.android.cursor.item/name';

/**
 * `contacts2.db` raw_contacts/data/mimetypes: each phone or e-mail data row is a unit, its contact's
 * display name an alias held by the seized phone. Other data rows (photos, groups…) are counted as skipped.
 */
export function importContacts(db: Database, label: string, session: DbSession): void {
  const names = new Map<number, string>();
  eachRow(db, 'SELECT _id, display_name FROM raw_contacts', (r) => {
    const id = num(r['_id']);
    const name = text(r['display_name']);
    if (id !== undefined && name !== undefined) names.set(id, name);
  });
  eachRow(
    db,
    `SELECT d.raw_contact_id, d.data1, m.mimetype FROM data d JOIN mimetypes m ON m._id = d.mimetype_id`,
    (r) => {
      const id = num(r['raw_contact_id']);
      const mimetype = text(r['mimetype']);
      const name = text(r['data1']);
      if (mimetype === NAME && id !== undefined && name !== undefined && !names.has(id)) names.set(id, name);
      if (mimetype !== PHONE && mimetype !== EMAIL) session.skip(`data ${mimetype ?? 'unknown'}`);
    },
  );
  const { ctx } = session;
  const sql = `SELECT d._id AS rowid_, d.raw_contact_id, d.data1, m.mimetype FROM data d
    JOIN mimetypes m ON m._id = d.mimetype_id WHERE m.mimetype IN ('${PHONE}', '${EMAIL}')`;
  session.table(db, sql, `${label}: table data`, (row, at) => {
    const value = text(row['data1']);
    if (value === undefined) return { ok: false, code: 'ANDROID_CONTACT_EMPTY', field: 'data1' };
    const id =
      text(row['mimetype']) === PHONE ? ctx.ids.phone(value, at) : ctx.ids.account(value, 'email', at);
    if (!id.ok) return { ok: false, code: id.error.code, field: 'data1' };
    const name = names.get(num(row['raw_contact_id']) ?? -1);
    if (name !== undefined) ctx.alias(id.value, name, at);
    return { ok: true };
  });
}
