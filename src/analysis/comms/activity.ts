import type { CommsQueries, TimeWindow } from '../../store/index.js';
import { result, type CommsResult } from './result.js';

export interface ActivityRow {
  readonly weekday: 'Mon' | 'Tue' | 'Wed' | 'Thu' | 'Fri' | 'Sat' | 'Sun';
  /** Events per local hour 0–23 in `zone`. */
  readonly hours: readonly number[];
  readonly total: number;
  readonly zone: string;
}

const DAYS = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'] as const;

/** An hour × weekday matrix of a subject's events in an explicit IANA zone, Monday first. */
export async function activity(
  q: CommsQueries,
  party: string,
  o: { readonly window: TimeWindow; readonly zone: string },
): Promise<CommsResult<ActivityRow>> {
  const cells = await q.activity(party, o.window, o.zone);
  if (cells.length === 0) return result([], 'The subject has no events in this window.');
  const m = DAYS.map(() => new Array<number>(24).fill(0));
  for (const c of cells) {
    const row = m[c.weekday - 1];
    if (row) row[c.hour] = c.n;
  }
  return result(
    DAYS.map((weekday, i) => {
      const hours = m[i] ?? [];
      return { weekday, hours, total: hours.reduce((s, n) => s + n, 0), zone: o.zone };
    }),
  );
}
