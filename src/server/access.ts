import type { AuditOperation } from '../model/index.js';

/**
 * Who may call a route. `public` routes touch no case data (health, the API description, importer
 * list). `own-job` routes answer the state of a background job and nothing of its content. `case` routes name a case in their path; the server answers 404 for any case it does not
 * serve, and each call leaves an audit record of `operation`.
 */
export type AccessPolicy =
  | { readonly kind: 'public' }
  /** The progress of an operation this server runs for a case: counts and ids, no case data. */
  | { readonly kind: 'own-job' }
  | { readonly kind: 'workspace'; readonly operation: AuditOperation }
  | { readonly kind: 'case'; readonly operation: AuditOperation };

/** Which cases this server serves: every case in the workspace, or a named few. */
export type CaseScope =
  { readonly kind: 'all' } | { readonly kind: 'only'; readonly names: readonly string[] };

export function isCaseInScope(scope: CaseScope, name: string): boolean {
  switch (scope.kind) {
    case 'all':
      return true;
    case 'only':
      return scope.names.includes(name);
    default: {
      const never: never = scope;
      return never;
    }
  }
}
