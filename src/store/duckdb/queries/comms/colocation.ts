import type { ColocationMatch, ColocationQuery } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str } from './rows.js';
import { idList, intLit, perValue, windowSql } from './sql-values.js';

/** Great-circle distance in metres (haversine, mean Earth radius) between sites `x` and `y`. */
const HAVERSINE = `2 * 6371008.8 * asin(sqrt(
  pow(sin(radians(y.lat - x.lat) / 2), 2) + cos(radians(x.lat)) * cos(radians(y.lat)) * pow(sin(radians(y.lon - x.lon) / 2), 2)))`;

/**
 * Pairs of sightings of two different subjects within `maxGapMs` of each other at the same cell or, with a
 * radius, at sites that close. Cells within the radius are paired first (a few hundred distinct cells), so
 * the sightings are joined by equality on the cell, never compared all against all.
 */
export async function colocationsOf(db: Db, q: ColocationQuery): Promise<ColocationMatch[]> {
  idList(q.parties);
  const ids = q.parties;
  const near =
    q.radiusM > 0
      ? `UNION ALL
         SELECT x.key ca, y.key cb, ${HAVERSINE} dist FROM sites x JOIN sites y ON x.key <> y.key
         WHERE ${HAVERSINE} <= ${Number(q.radiusM)}`
      : '';
  const rows = await db.all(
    `WITH o AS (${perValue('party', ids, (eq) => `SELECT party, cell, t, event_id FROM legs WHERE ${eq} AND cell IS NOT NULL${windowSql('t', q.window)}`)}),
          used AS (SELECT DISTINCT cell FROM o),
          sites AS (SELECT key, any_value(lat) lat, any_value(lon) lon FROM cells
                    WHERE key IN (SELECT cell FROM used) AND lat IS NOT NULL AND lon IS NOT NULL GROUP BY key),
          near AS (SELECT cell ca, cell cb, 0.0 dist FROM used ${near})
     SELECT a.party a, b.party b, a.cell cell_a, b.cell cell_b, n.dist, epoch_ms(a.t) t_a, epoch_ms(b.t) t_b,
            a.event_id event_a, b.event_id event_b
     FROM o a JOIN near n ON n.ca = a.cell JOIN o b ON b.cell = n.cb
     WHERE a.party < b.party AND abs(epoch_ms(b.t) - epoch_ms(a.t)) <= ${intLit(q.maxGapMs)}
     ORDER BY a.t, b.t, a.party, b.party, a.event_id, b.event_id LIMIT ${intLit(q.limit)}`,
  );
  return rows.map((r) => ({
    a: str(r.a),
    b: str(r.b),
    cellA: str(r.cell_a),
    cellB: str(r.cell_b),
    distanceM: Math.round(num(r.dist)),
    tA: num(r.t_a),
    tB: num(r.t_b),
    eventA: str(r.event_a),
    eventB: str(r.event_b),
  }));
}
