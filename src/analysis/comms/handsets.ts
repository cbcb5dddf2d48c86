import type { CommsQueries, HandsetFinding, UsageFilter } from '../../store/index.js';
import { result, type CommsResult } from './result.js';
import { keysOf } from './subjects.js';
import { iso } from './time.js';

export interface HandsetMemberRow {
  /** A number (its key), an IMSI or an IMEI. */
  readonly member: string;
  readonly events: number;
  readonly first: string;
  readonly last: string;
  readonly evidence: string;
}

export interface HandsetChange {
  readonly from: string;
  readonly to: string;
  /** First use of the new one. */
  readonly at: string;
  /** Last use of the old one (after `at` when the two were used alternately). */
  readonly lastOld: string;
}

export interface HandsetRow {
  readonly kind: HandsetFinding['kind'];
  /** The IMEI (device findings) or the number (swaps and handset changes). */
  readonly subject: string;
  readonly members: readonly HandsetMemberRow[];
  /** For sim-swap and handset-change: each change in order of first use. */
  readonly changes: readonly HandsetChange[];
}

/**
 * The IMEI ↔ IMSI ↔ number history: handsets shared by several numbers, handsets that carried several SIMs,
 * SIM swaps and handset changes, each with dates. Over the whole case, or around the given selectors.
 */
export async function handsets(
  q: CommsQueries,
  filter: UsageFilter,
  o: { readonly limit: number },
): Promise<CommsResult<HandsetRow>> {
  const findings = (await q.handsets(filter)).slice(0, o.limit);
  if (findings.length === 0)
    return result([], 'No shared handsets, multi-SIM handsets, SIM swaps or handset changes.');
  const partyIds = findings.flatMap((f) =>
    f.kind === 'shared-device'
      ? f.members.map((m) => m.id)
      : f.kind === 'multi-sim-device'
        ? []
        : [f.subject],
  );
  const keys = await keysOf(q, partyIds);
  const name = (id: string): string => keys.get(id) ?? id;
  return result(
    findings.map((f) => {
      const members = f.members.map((m) => ({
        member: f.kind === 'shared-device' ? name(m.id) : m.id,
        events: m.n,
        first: iso(m.firstMs),
        last: iso(m.lastMs),
        evidence: m.firstEvent,
      }));
      const isChange = f.kind === 'sim-swap' || f.kind === 'handset-change';
      return {
        kind: f.kind,
        subject: isChange ? name(f.subject) : f.subject,
        members,
        changes: isChange ? changes(f) : [],
      };
    }),
  );
}

function changes(f: HandsetFinding): HandsetChange[] {
  return f.members.slice(1).map((m, i) => {
    const prev = f.members[i] as HandsetFinding['members'][number];
    return { from: prev.id, to: m.id, at: iso(m.firstMs), lastOld: iso(prev.lastMs) };
  });
}
