import type { CommsQueries, ProfileFacts, TimeWindow } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { iso } from './time.js';

/** The store's profile facts as shown: instants as ISO 8601 text, for the subject and its zone. */
export interface ProfileRow extends Omit<ProfileFacts, 'firstMs' | 'lastMs' | 'silences'> {
  readonly subject: string;
  readonly firstSeen: string | null;
  readonly lastSeen: string | null;
  /** Days in `zone`, most events first. */
  readonly zone: string;
  /** Gaps between consecutive events longer than the threshold, longest first. */
  readonly silences: readonly { readonly from: string; readonly to: string; readonly days: number }[];
}

export interface ProfileOptions {
  readonly window: TimeWindow;
  readonly silenceDays: number;
  readonly zone: string;
}

/** First and last seen, counts by kind and direction, contacts, devices, SIMs, cells, busiest days, silences. */
export async function profile(
  q: CommsQueries,
  party: string,
  o: ProfileOptions,
): Promise<CommsResult<ProfileRow>> {
  const f = await q.profile({ party, window: o.window, silenceDays: o.silenceDays, zone: o.zone });
  if (f.events === 0) return result([], 'The subject has no events in this window.');
  return result([
    {
      subject: party,
      events: f.events,
      firstSeen: f.firstMs === null ? null : iso(f.firstMs),
      lastSeen: f.lastMs === null ? null : iso(f.lastMs),
      byKind: f.byKind,
      contacts: f.contacts,
      devices: f.devices,
      sims: f.sims,
      cells: f.cells,
      busiestDays: f.busiestDays,
      zone: o.zone,
      silences: f.silences.map((s) => ({ from: iso(s.fromMs), to: iso(s.toMs), days: s.days })),
    },
  ]);
}
