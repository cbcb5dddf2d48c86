import type { Database } from 'sql.js';
import { schemaOf } from './sqlite-file.js';

/** The artefacts a mobile database can hold, recognised by tables and columns, never by file name. */
export type DbArtefact =
  'android-sms' | 'android-mms' | 'android-calls' | 'android-contacts' | 'ios-sms' | 'ios-addressbook';

const has = (schema: Map<string, Set<string>>, table: string, cols: readonly string[]): boolean => {
  const c = schema.get(table);
  return c !== undefined && cols.every((col) => c.has(col));
};

/** What a database holds; an empty list for databases of other apps. */
export function detectArtefacts(db: Database): DbArtefact[] {
  const s = schemaOf(db);
  const found: DbArtefact[] = [];
  if (has(s, 'sms', ['address', 'date', 'type', 'body'])) found.push('android-sms');
  if (has(s, 'pdu', ['_id', 'date', 'msg_box']) && has(s, 'addr', ['msg_id', 'address', 'type']))
    found.push('android-mms');
  // `new` is a CallLog column since API 1; app call tables (Viber's `calls`) share the other four.
  if (has(s, 'calls', ['number', 'date', 'duration', 'type', 'new'])) found.push('android-calls');
  if (
    has(s, 'raw_contacts', ['_id']) &&
    has(s, 'data', ['raw_contact_id', 'mimetype_id', 'data1']) &&
    has(s, 'mimetypes', ['mimetype'])
  )
    found.push('android-contacts');
  if (has(s, 'message', ['handle_id', 'date', 'is_from_me', 'text']) && has(s, 'handle', ['id']))
    found.push('ios-sms');
  if (
    has(s, 'abperson', ['rowid', 'first', 'last']) &&
    has(s, 'abmultivalue', ['record_id', 'property', 'value'])
  )
    found.push('ios-addressbook');
  return found;
}
