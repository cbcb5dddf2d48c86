import type { HandsetFinding, UsageFilter } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str } from './rows.js';
import { idList, textList } from './sql-values.js';

/**
 * The usage rows in scope: everything, or the given numbers plus every row sharing one of their handsets
 * or SIMs (so a number's shared device shows who else used it), plus the given handsets and SIMs.
 */
function scope(f: UsageFilter): string {
  const parties = f.parties ?? [];
  const imeis = f.imeis ?? [];
  const imsis = f.imsis ?? [];
  return `WITH mine AS (SELECT imei, imsi FROM comms_usage WHERE party IN ${idList(parties)}
                        OR imei IN ${textList(imeis)} OR imsi IN ${textList(imsis)})
          SELECT * FROM comms_usage WHERE party IN ${idList(parties)}
             OR imei IN (SELECT imei FROM mine) OR imsi IN (SELECT imsi FROM mine)`;
}

const member = `{'id': m, 'n': n, 'first_ms': epoch_ms(first_t), 'last_ms': epoch_ms(last_t), 'event': first_event}`;

/**
 * Shared handsets (one IMEI, several numbers), multi-SIM handsets (one IMEI, several IMSIs), SIM swaps
 * (a number's next IMSI, by first use) and handset changes (a number's next IMEI, by first use), over the
 * usage rows a query selects. Groups are counted first and lists built only for those with two or more
 * members: building a list per group of the whole case costs far more than the count.
 */
export function findingsSql(usage: string): string {
  return `WITH u AS (${usage}),
     m AS (
       SELECT 'shared-device' kind, imei subject, party m, sum(n) n, min(first_t) first_t, max(last_t) last_t,
              arg_min(first_event, first_t) first_event
       FROM u WHERE imei IS NOT NULL GROUP BY imei, party
       UNION ALL
       SELECT 'multi-sim-device', imei, imsi, sum(n), min(first_t), max(last_t), arg_min(first_event, first_t)
       FROM u WHERE imei IS NOT NULL AND imsi IS NOT NULL GROUP BY imei, imsi
       UNION ALL
       SELECT 'sim-swap', party, imsi, sum(n), min(first_t), max(last_t), arg_min(first_event, first_t)
       FROM u WHERE imsi IS NOT NULL GROUP BY party, imsi
       UNION ALL
       SELECT 'handset-change', party, imei, sum(n), min(first_t), max(last_t), arg_min(first_event, first_t)
       FROM u WHERE imei IS NOT NULL GROUP BY party, imei),
     multi AS (SELECT kind, subject FROM m GROUP BY kind, subject HAVING count(*) > 1)
     SELECT kind, subject, list(${member} ORDER BY first_t, m) members
     FROM m SEMI JOIN multi USING (kind, subject)
     GROUP BY kind, subject`;
}

const isWholeCase = (f: UsageFilter): boolean =>
  (f.parties ?? []).length + (f.imeis ?? []).length + (f.imsis ?? []).length === 0;

/**
 * Handset findings for the given numbers, handsets and SIMs, or for the whole case. The whole case reads
 * `comms_handsets`, the same query materialised with the derived tables after each import.
 */
export async function handsetFindings(db: Db, f: UsageFilter): Promise<HandsetFinding[]> {
  const source = isWholeCase(f) ? `SELECT * FROM comms_handsets` : findingsSql(scope(f));
  const rows = await db.all(`SELECT * FROM (${source}) ORDER BY len(members) DESC, kind, subject`);
  return rows.map((r) => ({
    kind: str(r.kind) as HandsetFinding['kind'],
    subject: str(r.subject),
    members: (r.members as Record<string, unknown>[]).map((m) => ({
      id: str(m.id),
      n: num(m.n),
      firstMs: num(m.first_ms),
      lastMs: num(m.last_ms),
      firstEvent: str(m.event),
    })),
  }));
}
