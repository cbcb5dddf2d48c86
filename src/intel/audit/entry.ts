import { newId, type AuditEntry, type AuditOperation } from '../../model/index.js';
import type { Actor } from '../actor.js';

export interface AuditRequest {
  readonly operation: AuditOperation;
  readonly action: string;
  readonly caseName: string | null;
  readonly casePurpose?: string;
  readonly records?: readonly string[];
  readonly recordCount?: number;
  readonly recipient?: string;
  readonly detail?: Readonly<Record<string, unknown>>;
}

/**
 * Builds the record for one operation. The justification is the actor's, else the case's purpose:
 * never empty, since a consultation log must make its justification establishable.
 */
export function auditEntry(actor: Actor, req: AuditRequest, now: Date = new Date()): AuditEntry {
  const records = [...(req.records ?? [])];
  return {
    id: newId('audit'),
    at: now.toISOString(),
    user: actor.user,
    caseName: req.caseName,
    operation: req.operation,
    action: req.action,
    justification: actor.justification ?? req.casePurpose ?? 'workspace administration',
    records,
    recordCount: req.recordCount ?? records.length,
    recipient: req.recipient ?? null,
    detail: { ...(req.detail ?? {}) },
  };
}
