import type { ProfileFacts, ProfileQuery } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str, strList } from './rows.js';
import { idLit, intLit, windowSql, zoneLit } from './sql-values.js';

/** The facts of a profile, each a pruned scan of one party's legs. */
export async function profileFacts(db: Db, q: ProfileQuery): Promise<ProfileFacts> {
  const legs = `legs WHERE party = ${idLit(q.party)}${windowSql('t', q.window)}`;
  // One connection runs one query at a time, so these run in sequence.
  const byKind = await db.all(
    `SELECT kind, dir, count(*) n FROM ${legs} GROUP BY kind, dir ORDER BY n DESC, kind, dir`,
  );
  const totals = await db.one(
    `SELECT count(*) n, epoch_ms(min(t)) first_ms, epoch_ms(max(t)) last_ms, count(DISTINCT other) contacts,
              count(DISTINCT cell) cells,
              list(DISTINCT imei ORDER BY imei) FILTER (WHERE imei IS NOT NULL) devices,
              list(DISTINCT imsi ORDER BY imsi) FILTER (WHERE imsi IS NOT NULL) sims
       FROM ${legs}`,
  );
  const days = await db.all(
    `SELECT strftime(timezone(${zoneLit(q.zone)}, t), '%Y-%m-%d') AS day, count(*) AS n FROM ${legs}
       GROUP BY day ORDER BY n DESC, day LIMIT 5`,
  );
  const silences = await db.all(
    `SELECT epoch_ms(t) from_ms, epoch_ms(next_t) to_ms FROM (
         SELECT t, lead(t) OVER (ORDER BY t) next_t FROM ${legs})
       WHERE next_t - t > to_seconds(${intLit(Math.round(q.silenceDays * 86400))})
       ORDER BY next_t - t DESC, t LIMIT 20`,
  );
  const n = num(totals?.n ?? 0);
  return {
    events: n,
    firstMs: n === 0 ? null : num(totals?.first_ms),
    lastMs: n === 0 ? null : num(totals?.last_ms),
    byKind: byKind.map((r) => ({ kind: str(r.kind), dir: str(r.dir), n: num(r.n) })),
    contacts: num(totals?.contacts ?? 0),
    devices: strList(totals?.devices),
    sims: strList(totals?.sims),
    cells: num(totals?.cells ?? 0),
    busiestDays: days.map((r) => ({ day: str(r.day), n: num(r.n) })),
    silences: silences.map((r) => ({
      fromMs: num(r.from_ms),
      toMs: num(r.to_ms),
      days: Math.round(((num(r.to_ms) - num(r.from_ms)) / 86_400_000) * 10) / 10,
    })),
  };
}
