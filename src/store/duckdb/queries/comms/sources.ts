import type { EventSourceRow } from '../../../comms-port.js';
import type { Db } from '../../db.js';
import { num, str, strOrNull } from './rows.js';
import { textList } from './sql-values.js';

/** Where each event was read: import, file, row and the time as written there. */
export async function sourcesOf(db: Db, eventIds: readonly string[]): Promise<EventSourceRow[]> {
  if (eventIds.length === 0) return [];
  const rows = await db.all(
    `SELECT s.event_id, s.import_id, i.file_name, s.row_no, s.path, s.time_raw, s.time_zone
     FROM event_sources s JOIN imports i ON i.id = s.import_id
     WHERE s.event_id IN ${textList(eventIds)} ORDER BY s.event_id, s.import_id, s.row_no`,
  );
  return rows.map((r) => ({
    eventId: str(r.event_id),
    importId: str(r.import_id),
    fileName: str(r.file_name),
    row: num(r.row_no),
    path: strOrNull(r.path),
    timeRaw: str(r.time_raw),
    timeZone: str(r.time_zone),
  }));
}
