import type { CommsQueries, TimeWindow } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { keysOf } from './subjects.js';
import { iso } from './time.js';

export interface TopContactRow {
  readonly contact: string;
  readonly contactKey: string;
  readonly events: number;
  readonly out: number;
  readonly in: number;
  readonly durationS: number;
  readonly first: string;
  readonly last: string;
  /** The first and last event with this contact. */
  readonly evidence: readonly string[];
}

export interface TopContactsOptions {
  readonly window: TimeWindow;
  readonly kinds?: readonly string[];
  readonly minCount: number;
  readonly limit: number;
}

/** A subject's counterparts, most events first: counts, duration, in/out split, first and last contact. */
export async function topContacts(
  q: CommsQueries,
  party: string,
  o: TopContactsOptions,
): Promise<CommsResult<TopContactRow>> {
  const rows = await q.contacts(party, {
    window: o.window,
    ...(o.kinds === undefined ? {} : { kinds: o.kinds }),
    minCount: o.minCount,
    limit: o.limit,
  });
  if (rows.length === 0) return result([], 'No contacts match the window, event kinds and minimum count.');
  const keys = await keysOf(
    q,
    rows.map((r) => r.other),
  );
  return result(
    rows.map((r) => ({
      contact: r.other,
      contactKey: keys.get(r.other) ?? r.other,
      events: r.n,
      out: r.nOut,
      in: r.nIn,
      durationS: r.durationS,
      first: iso(r.firstMs),
      last: iso(r.lastMs),
      evidence: r.firstEvent === r.lastEvent ? [r.firstEvent] : [r.firstEvent, r.lastEvent],
    })),
  );
}
