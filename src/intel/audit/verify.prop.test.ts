import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { chain, GENESIS_HASH, type AuditEntry, type ChainedAuditEntry } from '../../model/index.js';
import { verifyChain } from './verify.js';

const entry = fc.record({
  id: fc.uuid(),
  at: fc.date({ noInvalidDate: true }).map((d) => d.toISOString()),
  user: fc.constantFrom('amina', 'karim', 'sophie'),
  caseName: fc.option(fc.constantFrom('op-sahara', 'op-delta'), { nil: null }),
  operation: fc.constantFrom(
    'collection',
    'consultation',
    'alteration',
    'combination',
    'disclosure',
    'erasure',
  ) as fc.Arbitrary<AuditEntry['operation']>,
  action: fc.string({ maxLength: 12 }),
  justification: fc.string({ minLength: 1, maxLength: 20 }),
  records: fc.array(fc.string({ maxLength: 8 }), { maxLength: 3 }),
  recordCount: fc.nat(1000),
  recipient: fc.option(fc.string({ maxLength: 8 }), { nil: null }),
  detail: fc.dictionary(fc.string({ maxLength: 4 }), fc.integer()),
});

function build(entries: readonly AuditEntry[]): ChainedAuditEntry[] {
  const out: ChainedAuditEntry[] = [];
  let prev = GENESIS_HASH;
  entries.forEach((e, i) => {
    const c = chain(e, i + 1, prev);
    out.push(c);
    prev = c.hash;
  });
  return out;
}

const headOf = (c: readonly ChainedAuditEntry[]) => {
  const last = c[c.length - 1];
  return last ? { seq: last.seq, hash: last.hash } : { seq: 0, hash: GENESIS_HASH };
};

describe('verifyChain', () => {
  it('accepts any untouched chain', () => {
    fc.assert(
      fc.property(fc.array(entry, { maxLength: 12 }), (es) => {
        const c = build(es);
        expect(verifyChain(c, headOf(c))).toEqual({ ok: true, count: c.length, head: headOf(c).hash });
      }),
    );
  });

  it('names the first bad record after an edit to any field of any record', () => {
    fc.assert(
      fc.property(
        fc.array(entry, { minLength: 1, maxLength: 12 }),
        fc.nat(),
        fc.string({ minLength: 1 }),
        (es, k, s) => {
          const c = build(es);
          const i = k % c.length;
          const victim = c[i]!;
          c[i] = { ...victim, justification: victim.justification + s };
          const v = verifyChain(c, headOf(build(es)));
          expect(v).toMatchObject({ ok: false, seq: i + 1 });
        },
      ),
    );
  });

  it('catches a deletion, an insertion and a reordering', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 3, maxLength: 12 }), fc.nat(), entry, (es, k, extra) => {
        const c = build(es);
        const head = headOf(c);
        const i = k % (c.length - 1);
        const deleted = c.filter((_, j) => j !== i);
        expect(verifyChain(deleted, head).ok).toBe(false);
        const forged = chain(extra, i + 1, c[i]!.prevHash);
        expect(verifyChain([...c.slice(0, i), forged, ...c.slice(i)], head).ok).toBe(false);
        const swapped = [...c];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        expect(verifyChain(swapped, head)).toMatchObject({ ok: false, seq: i + 1 });
      }),
    );
  });

  it('catches a truncation against the head kept apart, even though the shorter chain is self-consistent', () => {
    fc.assert(
      fc.property(fc.array(entry, { minLength: 2, maxLength: 12 }), fc.nat(), (es, k) => {
        const c = build(es);
        const keep = k % c.length;
        const truncated = c.slice(0, keep);
        expect(verifyChain(truncated, null).ok).toBe(true);
        expect(verifyChain(truncated, headOf(c))).toMatchObject({ ok: false, code: 'AUDIT_HEAD_MISMATCH' });
      }),
    );
  });
});
