import type { SuccessorCandidateRow, SuccessorQuery } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str, strList } from './rows.js';
import { idList, idLit, intLit, perValue, tsLit } from './sql-values.js';

/** Above this many counterparts the list is joined rather than spliced (zone maps stop paying off anyway). */
const MAX_LITERAL_IDS = 2000;

/**
 * Numbers first seen in `[fromMs, toMs]` that share counterparts with `party`, most shared first. Read
 * from the counterparts' side: their tie lists (`comms_pairs`, sorted by party) hold every number that
 * shares them, so only those row groups are read.
 */
export async function successorCandidatesOf(db: Db, q: SuccessorQuery): Promise<SuccessorCandidateRow[]> {
  const mine = await db.all(`SELECT other FROM comms_pairs WHERE party = ${idLit(q.party)}`);
  if (mine.length === 0) return [];
  const ids = mine.map((r) => str(r.other));
  const theirs =
    ids.length <= MAX_LITERAL_IDS
      ? perValue(
          'party',
          (idList(ids), ids),
          (eq) => `SELECT party c, other x, n FROM comms_pairs WHERE ${eq}`,
        )
      : `SELECT p.party c, p.other x, p.n FROM comms_pairs p JOIN comms_pairs m ON m.other = p.party
         WHERE m.party = ${idLit(q.party)}`;
  const rows = await db.all(
    `WITH cand AS (SELECT party, n, first_t, last_t, contacts FROM comms_spans
                   WHERE first_t >= ${tsLit(q.fromMs)} AND first_t <= ${tsLit(q.toMs)} AND party <> ${idLit(q.party)}),
          shared AS (SELECT x, c, n FROM (${theirs}) WHERE x IN (SELECT party FROM cand))
     SELECT cand.party, cand.n, epoch_ms(cand.first_t) first_ms, epoch_ms(cand.last_t) last_ms, cand.contacts,
            count(*) shared, list(c ORDER BY shared.n DESC, c)[1:20] shared_contacts
     FROM shared JOIN cand ON cand.party = shared.x
     GROUP BY cand.party, cand.n, cand.first_t, cand.last_t, cand.contacts
     ORDER BY shared DESC, cand.first_t, cand.party LIMIT ${intLit(q.limit)}`,
  );
  return rows.map((r) => ({
    party: str(r.party),
    n: num(r.n),
    firstMs: num(r.first_ms),
    lastMs: num(r.last_ms),
    contacts: num(r.contacts),
    shared: num(r.shared),
    sharedContacts: strList(r.shared_contacts),
  }));
}
