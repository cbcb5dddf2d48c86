import type { OutLegRow, TieRow, TimeWindow } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str } from './rows.js';
import { COMM_KINDS_SQL, idList, perValue, windowSql } from './sql-values.js';

/** Every aggregated tie of the given parties: one step of a path search. */
export async function tiesOf(db: Db, parties: readonly string[]): Promise<TieRow[]> {
  if (parties.length === 0) return [];
  const rows = await db.all(
    `SELECT party, other, n, epoch_ms(first_t) first_ms, epoch_ms(last_t) last_ms
     FROM (${perValue('party', (idList(parties), parties), (eq) => `SELECT * FROM comms_pairs WHERE ${eq}`)})
     ORDER BY party, other`,
  );
  return rows.map((r) => ({
    party: str(r.party),
    other: str(r.other),
    n: num(r.n),
    firstMs: num(r.first_ms),
    lastMs: num(r.last_ms),
  }));
}

/** Communications the given parties originated, in time order: one step of a relay search. */
export async function outLegsOf(
  db: Db,
  parties: readonly string[],
  window: TimeWindow,
): Promise<OutLegRow[]> {
  if (parties.length === 0) return [];
  const rows = await db.all(
    `SELECT party, other, epoch_ms(t) t_ms, event_id FROM (${perValue(
      'party',
      (idList(parties), parties),
      (eq) => `SELECT * FROM legs WHERE ${eq} AND dir = 'out' AND other IS NOT NULL AND other <> party
               AND kind IN ${COMM_KINDS_SQL}${windowSql('t', window)}`,
    )}) ORDER BY t, event_id`,
  );
  return rows.map((r) => ({
    party: str(r.party),
    other: str(r.other),
    tMs: num(r.t_ms),
    eventId: str(r.event_id),
  }));
}
