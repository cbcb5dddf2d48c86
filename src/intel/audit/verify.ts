import { chainHash, GENESIS_HASH, type ChainedAuditEntry } from '../../model/index.js';

export type AuditVerdict =
  | { readonly ok: true; readonly count: number; readonly head: string }
  | {
      readonly ok: false;
      readonly code:
        'AUDIT_HASH_MISMATCH' | 'AUDIT_BROKEN_LINK' | 'AUDIT_SEQUENCE_GAP' | 'AUDIT_HEAD_MISMATCH';
      /** The sequence number of the first record that fails. */
      readonly seq: number;
      readonly id: string | null;
    };

/**
 * Walks the chain in sequence order. An edit changes a hash, a deletion or insertion breaks the
 * sequence or the link, a reordering breaks the link, and a truncation is caught against the head
 * (the last sequence number and hash), which is kept apart from the records.
 */
export function verifyChain(
  entries: readonly ChainedAuditEntry[],
  head: { readonly seq: number; readonly hash: string } | null,
): AuditVerdict {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  for (const e of entries) {
    if (e.seq !== expectedSeq) return { ok: false, code: 'AUDIT_SEQUENCE_GAP', seq: expectedSeq, id: e.id };
    if (e.prevHash !== prev) return { ok: false, code: 'AUDIT_BROKEN_LINK', seq: e.seq, id: e.id };
    const { seq, prevHash, hash, ...entry } = e;
    if (chainHash(entry, seq, prevHash) !== hash)
      return { ok: false, code: 'AUDIT_HASH_MISMATCH', seq, id: e.id };
    prev = hash;
    expectedSeq += 1;
  }
  const count = expectedSeq - 1;
  if (head !== null && (head.seq !== count || head.hash !== prev)) {
    return { ok: false, code: 'AUDIT_HEAD_MISMATCH', seq: Math.min(head.seq, count + 1), id: null };
  }
  return { ok: true, count, head: prev };
}
