import type { ProvenanceGaps } from '../../port.js';
import type { Db } from '../db.js';

/** Every entity, event and link must trace to at least one source row of a recorded import. */
export async function provenanceGaps(db: Db): Promise<ProvenanceGaps> {
  const r = await db.one(`
    SELECT
      (SELECT count(*) FROM entities e WHERE NOT EXISTS (SELECT 1 FROM entity_sources s WHERE s.entity_id = e.id))
        AS entities_without_source,
      (SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id))
        AS events_without_source,
      (SELECT count(*) FROM links l WHERE NOT EXISTS (SELECT 1 FROM link_sources s WHERE s.link_id = l.id))
        AS links_without_source,
      (SELECT count(*) FROM (
         SELECT import_id FROM entity_sources UNION ALL SELECT import_id FROM event_sources
         UNION ALL SELECT import_id FROM link_sources UNION ALL SELECT import_id FROM aliases
         UNION ALL SELECT import_id FROM rejects) s
       WHERE NOT EXISTS (SELECT 1 FROM imports i WHERE i.id = s.import_id)) AS sources_without_import,
      (SELECT count(*) FROM rejects WHERE code IS NULL OR code = '' OR row_no IS NULL) AS rejects_without_reason`);
  return {
    entitiesWithoutSource: Number(r?.entities_without_source ?? 0),
    eventsWithoutSource: Number(r?.events_without_source ?? 0),
    linksWithoutSource: Number(r?.links_without_source ?? 0),
    sourcesWithoutImport: Number(r?.sources_without_import ?? 0),
    rejectsWithoutReason: Number(r?.rejects_without_reason ?? 0),
  };
}
