import type { CommsQueries } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { keysOf } from './subjects.js';
import { iso } from './time.js';

export interface SuccessorRow {
  readonly candidate: string;
  readonly candidateKey: string;
  /** Jaccard similarity of the two numbers' sets of counterparts. */
  readonly score: number;
  readonly shared: number;
  readonly subjectContacts: number;
  readonly candidateContacts: number;
  readonly firstSeen: string;
  readonly lastSeen: string;
  /** Days between the subject's last event and the candidate's first (negative: they overlapped). */
  readonly gapDays: number;
  /** Shared counterparts, most events with the candidate first (at most 20), as keys. */
  readonly evidence: readonly string[];
}

export interface SuccessorOptions {
  /** A candidate's first event falls at most this many days after the subject's last. */
  readonly withinDays: number;
  /** …or at most this many days before it (a new phone is often bought before the old one is dropped). */
  readonly overlapDays: number;
  readonly minShared: number;
  readonly limit: number;
}

const DAY = 86_400_000;

/**
 * Replacement phones: numbers first seen around the time the subject fell silent whose counterparts overlap
 * the subject's, ranked by Jaccard similarity of the two contact sets.
 */
export async function successors(
  q: CommsQueries,
  party: string,
  o: SuccessorOptions,
): Promise<CommsResult<SuccessorRow>> {
  const span = await q.span(party);
  if (!span || span.contacts === 0)
    return result([], 'The subject has no contacts, so no successor can be matched.');
  const cands = await q.successorCandidates({
    party,
    fromMs: span.lastMs - o.overlapDays * DAY,
    toMs: span.lastMs + o.withinDays * DAY,
    limit: Math.max(200, o.limit * 10),
  });
  const rows = cands
    .filter((c) => c.shared >= o.minShared)
    .map((c) => ({ c, score: c.shared / (span.contacts + c.contacts - c.shared) }))
    .sort((x, y) => y.score - x.score || y.c.shared - x.c.shared || x.c.party.localeCompare(y.c.party))
    .slice(0, o.limit);
  if (rows.length === 0) {
    return result(
      [],
      `No number first seen within ${o.withinDays} days of ${iso(span.lastMs)} shares counterparts.`,
    );
  }
  const keys = await keysOf(q, [...rows.map((r) => r.c.party), ...rows.flatMap((r) => r.c.sharedContacts)]);
  return result(
    rows.map(({ c, score }) => ({
      candidate: c.party,
      candidateKey: keys.get(c.party) ?? c.party,
      score: Math.round(score * 1000) / 1000,
      shared: c.shared,
      subjectContacts: span.contacts,
      candidateContacts: c.contacts,
      firstSeen: iso(c.firstMs),
      lastSeen: iso(c.lastMs),
      gapDays: Math.round(((c.firstMs - span.lastMs) / DAY) * 10) / 10,
      evidence: c.sharedContacts.map((id) => keys.get(id) ?? id),
    })),
  );
}
