import type { SearchHit } from '../../port.js';
import type { Db } from '../db.js';

/** LIKE patterns treat `%` and `_` as wildcards; a user's text must match literally. */
const likeEscape = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/**
 * Tolerant search over identifiers, labels and aliases. `keys` are the text's normalised forms
 * (an E.164 number for `0912…`), matched exactly; the text itself matches by substring or by
 * Jaro-Winkler similarity, so transliteration variants and typos still find a name. Message text (chats,
 * SMS) matches by substring and finds its sender. Only an exact
 * identifier scores 1: a phone whose label is its number still matches as an identifier.
 */
export async function searchEntities(
  db: Db,
  q: { readonly text: string; readonly keys: readonly string[] },
  limit: number,
): Promise<SearchHit[]> {
  const rows = await db.all(
    `WITH hits AS (
       SELECT id, kind, key, label, 'key' AS matched, key AS matched_text, 1.0 AS score
         FROM entities WHERE key IN (SELECT unnest(from_json($keys, '["VARCHAR"]')))
       UNION ALL
       SELECT id, kind, key, label, 'key', key, 0.9
         FROM entities WHERE key ILIKE '%' || $like || '%' ESCAPE '\\'
       UNION ALL
       SELECT id, kind, key, label, 'label', label,
              least(0.99, greatest(CASE WHEN label ILIKE '%' || $like || '%' ESCAPE '\\' THEN 0.85 ELSE 0 END,
                                   jaro_winkler_similarity(lower(label), lower($text))))
         FROM entities WHERE label <> ''
       UNION ALL
       SELECT e.id, e.kind, e.key, e.label, 'alias', a.name,
              least(0.99, greatest(CASE WHEN a.name ILIKE '%' || $like || '%' ESCAPE '\\' THEN 0.85 ELSE 0 END,
                                   jaro_winkler_similarity(lower(a.name), lower($text))))
         FROM aliases a JOIN entities e ON e.id = a.entity_id
       UNION ALL
       SELECT e.id, e.kind, e.key, e.label, 'message', left(ev.body, 160), 0.85
         FROM events ev JOIN entities e ON e.id = ev.a
        WHERE ev.body IS NOT NULL AND ev.body ILIKE '%' || $like || '%' ESCAPE '\\'
     )
     SELECT id, arg_max(kind, score) AS kind, arg_max(key, score) AS key, arg_max(label, score) AS label,
            arg_max(matched, score) AS matched, arg_max(matched_text, score) AS matched_text, max(score) AS score
       FROM hits WHERE score >= 0.8
       GROUP BY id ORDER BY score DESC, label, id LIMIT $limit`,
    { keys: JSON.stringify(q.keys), like: likeEscape(q.text), text: q.text, limit },
  );
  return rows.map((r) => ({
    id: String(r.id),
    kind: String(r.kind),
    key: r.key === null ? null : String(r.key),
    label: String(r.label),
    matched: r.matched as SearchHit['matched'],
    matchedText: String(r.matched_text),
    score: Math.round(Number(r.score) * 1000) / 1000,
  }));
}
