import type { CommsQueries, TimeWindow } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { keysOf } from './subjects.js';
import { iso } from './time.js';

export interface CommonContactResultRow {
  readonly contact: string;
  readonly contactKey: string;
  /** How many of the subjects it is in touch with. */
  readonly subjects: number;
  readonly events: number;
  /** Events with each subject, by subject id (absent: none). */
  readonly perSubject: Readonly<Record<string, number>>;
  readonly first: string;
  readonly last: string;
}

/**
 * Counterparts in touch with at least `min` of the subjects, most subjects first. The subjects themselves
 * are left out: the analyst already knows them.
 */
export async function commonContacts(
  q: CommsQueries,
  parties: readonly string[],
  o: { readonly min: number; readonly window: TimeWindow; readonly limit: number },
): Promise<CommsResult<CommonContactResultRow>> {
  const rows = await q.commonContacts({ parties, minSubjects: o.min, window: o.window, limit: o.limit });
  if (rows.length === 0)
    return result([], `No counterpart is in touch with ${o.min} or more of the subjects.`);
  const keys = await keysOf(
    q,
    rows.map((r) => r.other),
  );
  return result(
    rows.map((r) => ({
      contact: r.other,
      contactKey: keys.get(r.other) ?? r.other,
      subjects: r.subjects,
      events: r.total,
      perSubject: r.perSubject,
      first: iso(r.firstMs),
      last: iso(r.lastMs),
    })),
  );
}
