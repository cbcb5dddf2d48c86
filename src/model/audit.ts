import { createHash } from 'node:crypto';
import { z } from 'zod';

/** The six operations Directive 2016/680 Art. 25 requires to be logged. */
export const AuditOperation = z.enum([
  'collection',
  'consultation',
  'alteration',
  'combination',
  'disclosure',
  'erasure',
]);
export type AuditOperation = z.infer<typeof AuditOperation>;

/** What the service layer asks to log; the chain fields are added when it is appended. */
export const AuditEntry = z.object({
  id: z.string(),
  at: z.string(),
  user: z.string(),
  caseName: z.string().nullable(),
  operation: AuditOperation,
  action: z.string(),
  justification: z.string(),
  /** Ids of the records touched, or of the batch that holds them (an import id) with their count. */
  records: z.array(z.string()),
  recordCount: z.number().int().nonnegative(),
  recipient: z.string().nullable(),
  detail: z.record(z.string(), z.unknown()),
});
export type AuditEntry = z.infer<typeof AuditEntry>;

export const ChainedAuditEntry = AuditEntry.extend({
  seq: z.number().int().positive(),
  prevHash: z.string(),
  hash: z.string(),
});
export type ChainedAuditEntry = z.infer<typeof ChainedAuditEntry>;

export const GENESIS_HASH = '0'.repeat(64);

/** Canonical JSON: keys sorted at every level, so the hash does not depend on property order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The hash of a record covers its sequence number and its predecessor's hash, so any edit breaks the chain. */
export function chainHash(entry: AuditEntry, seq: number, prevHash: string): string {
  return createHash('sha256')
    .update(prevHash)
    .update('\n')
    .update(String(seq))
    .update('\n')
    .update(canonicalJson(entry))
    .digest('hex');
}

export function chain(entry: AuditEntry, seq: number, prevHash: string): ChainedAuditEntry {
  return { ...entry, seq, prevHash, hash: chainHash(entry, seq, prevHash) };
}
