import type {
  CommonContactRow,
  CommonContactsQuery,
  ContactFilter,
  ContactRow,
  TimeWindow,
} from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str } from './rows.js';
import { COMM_KINDS_SQL, idList, idLit, intLit, perValue, textList, windowSql } from './sql-values.js';

const isWhole = (w: TimeWindow | undefined): boolean => w?.fromMs === undefined && w?.toMs === undefined;

/**
 * A party's counterparts, most events first. Without a window or kind filter the pre-aggregated
 * `comms_pairs` answers; otherwise the party's legs are scanned (still pruned to its row groups).
 */
export async function contactsOf(db: Db, party: string, f: ContactFilter): Promise<ContactRow[]> {
  const source =
    isWhole(f.window) && f.kinds === undefined
      ? `SELECT other, n, n_out, n_in, dur_s, first_t, last_t, first_event, last_event
         FROM comms_pairs WHERE party = ${idLit(party)}`
      : `SELECT other, count(*) n, count(*) FILTER (WHERE dir = 'out') n_out, count(*) FILTER (WHERE dir = 'in') n_in,
                sum(coalesce(duration_s, 0)) dur_s, min(t) first_t, max(t) last_t,
                arg_min(event_id, t) first_event, arg_max(event_id, t) last_event
         FROM legs WHERE party = ${idLit(party)} AND other IS NOT NULL AND other <> party
           AND kind IN ${f.kinds === undefined ? COMM_KINDS_SQL : textList(f.kinds)}${windowSql('t', f.window)}
         GROUP BY other`;
  const rows = await db.all(
    `SELECT other, n, n_out, n_in, dur_s, epoch_ms(first_t) first_ms, epoch_ms(last_t) last_ms, first_event, last_event
     FROM (${source}) WHERE n >= ${intLit(f.minCount ?? 1)}
     ORDER BY n DESC, dur_s DESC, other LIMIT ${intLit(f.limit)}`,
  );
  return rows.map((r) => ({
    other: str(r.other),
    n: num(r.n),
    nOut: num(r.n_out),
    nIn: num(r.n_in),
    durationS: num(r.dur_s),
    firstMs: num(r.first_ms),
    lastMs: num(r.last_ms),
    firstEvent: str(r.first_event),
    lastEvent: str(r.last_event),
  }));
}

/** Counterparts in touch with at least `minSubjects` of `parties` (the subjects themselves excluded). */
export async function commonContactsOf(db: Db, q: CommonContactsQuery): Promise<CommonContactRow[]> {
  const ids = idList(q.parties);
  const source = isWhole(q.window)
    ? perValue(
        'party',
        q.parties,
        (eq) => `SELECT party, other, n, first_t, last_t FROM comms_pairs WHERE ${eq}`,
      )
    : perValue(
        'party',
        q.parties,
        (eq) => `SELECT party, other, count(*) n, min(t) first_t, max(t) last_t FROM legs
         WHERE ${eq} AND other IS NOT NULL AND other <> party AND kind IN ${COMM_KINDS_SQL}${windowSql('t', q.window)}
         GROUP BY party, other`,
      );
  const rows = await db.all(
    `SELECT other, count(*) subjects, sum(n) total, list(party ORDER BY party) parties, list(n ORDER BY party) ns,
            epoch_ms(min(first_t)) first_ms, epoch_ms(max(last_t)) last_ms
     FROM (${source}) WHERE other NOT IN ${ids}
     GROUP BY other HAVING count(*) >= ${intLit(q.minSubjects)}
     ORDER BY subjects DESC, total DESC, other LIMIT ${intLit(q.limit)}`,
  );
  return rows.map((r) => {
    const parties = (r.parties as unknown[]).map(String);
    const ns = (r.ns as unknown[]).map(Number);
    return {
      other: str(r.other),
      subjects: num(r.subjects),
      total: num(r.total),
      perSubject: Object.fromEntries(parties.map((p, i) => [p, ns[i] ?? 0])),
      firstMs: num(r.first_ms),
      lastMs: num(r.last_ms),
    };
  });
}
