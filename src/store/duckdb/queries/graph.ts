import type { CaseEdge, GraphFilter, NodeInfo } from '../../graph-port.js';
import type { Db } from '../db.js';

/**
 * Communication events aggregated into directed pair edges (count, total duration, first and last
 * contact), plus the case's non-communication links, within the filter's window and kinds.
 */
export async function caseEdges(db: Db, f: GraphFilter): Promise<CaseEdge[]> {
  const rows = await db.all(
    `SELECT a AS source, b AS target, kind, count(*) AS n, coalesce(sum(duration_s), 0) AS duration,
            epoch_ms(min(t)) AS first_ms, epoch_ms(max(t)) AS last_ms
       FROM events
      WHERE a IS NOT NULL AND b IS NOT NULL AND a <> b
        AND kind IN (SELECT unnest(from_json($kinds, '["VARCHAR"]')))
        AND ($from IS NULL OR t >= epoch_ms($from::BIGINT))
        AND ($to IS NULL OR t < epoch_ms($to::BIGINT))
      GROUP BY a, b, kind
     UNION ALL
     SELECT src, dst, kind, 1, 0, NULL, NULL FROM links
      WHERE kind IN (SELECT unnest(from_json($linkKinds, '["VARCHAR"]')))`,
    {
      kinds: JSON.stringify(f.eventKinds),
      linkKinds: JSON.stringify(f.linkKinds),
      from: f.fromMs ?? null,
      to: f.toMs ?? null,
    },
  );
  return rows.map((r) => ({
    source: String(r.source),
    target: String(r.target),
    kind: String(r.kind),
    count: Number(r.n),
    duration: Number(r.duration),
    firstMs: r.first_ms === null ? null : Number(r.first_ms),
    lastMs: r.last_ms === null ? null : Number(r.last_ms),
  }));
}

/** Kind and label of the given entities, and for selector entities the persons who use or own them. */
export async function nodeInfo(db: Db, ids: readonly string[]): Promise<NodeInfo[]> {
  const rows = await db.all(
    `WITH wanted AS (SELECT unnest(from_json($ids, '["VARCHAR"]')) AS id)
     SELECT e.id, any_value(e.kind) AS kind, any_value(e.label) AS label,
            list(DISTINCT l.src) FILTER (WHERE l.src IS NOT NULL) AS users
       FROM wanted w JOIN entities e ON e.id = w.id
       LEFT JOIN links l ON l.dst = e.id AND l.kind IN ('uses', 'owns')
                        AND l.src IN (SELECT id FROM entities WHERE kind = 'person')
      GROUP BY e.id`,
    { ids: JSON.stringify(ids) },
  );
  return rows.map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    label: String(r.label),
    users: Array.isArray(r.users) ? r.users.map(String).sort() : [],
  }));
}
