import type { PartyEntity, PartySpan } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str, strOrNull } from './rows.js';
import { idList, idLit, perValue } from './sql-values.js';

/** The entities among `ids` that exist in the case. */
export async function findEntities(db: Db, ids: readonly string[]): Promise<PartyEntity[]> {
  if (ids.length === 0) return [];
  const rows = await db.all(
    `SELECT * FROM (${perValue('id', (idList(ids), ids), (eq) => `SELECT id, kind, key, label FROM comms_entities WHERE ${eq}`)}) ORDER BY id`,
  );
  return rows.map((r) => ({ id: str(r.id), kind: str(r.kind), key: strOrNull(r.key), label: str(r.label) }));
}

/** First and last activity of a party and its number of distinct counterparts. */
export async function partySpan(db: Db, party: string): Promise<PartySpan | undefined> {
  const r = await db.one(
    `SELECT party, n, epoch_ms(first_t) first_ms, epoch_ms(last_t) last_ms, contacts
     FROM comms_spans WHERE party = ${idLit(party)}`,
  );
  return r === undefined
    ? undefined
    : {
        party: str(r.party),
        n: num(r.n),
        firstMs: num(r.first_ms),
        lastMs: num(r.last_ms),
        contacts: num(r.contacts),
      };
}
