import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import type { Actor, Workspace } from '../intel/index.js';
import type { AccessPolicy } from './access.js';
import type { ServerServices } from './services.js';

export interface RouteContext<P, Q, B> {
  readonly params: P;
  readonly query: Q;
  readonly body: B;
  readonly ws: Workspace;
  readonly actor: Actor;
  readonly services: ServerServices;
  readonly request: FastifyRequest;
  readonly reply: FastifyReply;
  /** Appends this call's audit record; routes whose service does not audit must call it. */
  audit(records: readonly string[], detail?: Readonly<Record<string, unknown>>): Promise<void>;
  /** Declares that the service this handler called wrote the audit record itself. */
  auditedByService(): void;
}

/**
 * How a route's audit record is written: by the intel service it calls (`service`), by the handler
 * through `ctx.audit` (`route`, checked when the handler returns), or not at all for public routes.
 */
export type AuditBy = 'service' | 'route' | 'none';

type AnySchema = z.ZodType;

/** One API route: its contract (zod schemas), access policy and audit duty, and its handler. */
export interface RouteSpec<
  PS extends AnySchema = AnySchema,
  QS extends AnySchema = AnySchema,
  BS extends AnySchema = AnySchema,
  RS extends AnySchema = AnySchema,
> {
  readonly id: string;
  readonly method: 'GET' | 'POST';
  readonly url: string;
  readonly summary: string;
  readonly access: AccessPolicy;
  readonly audit: AuditBy;
  readonly params?: PS;
  readonly query?: QS;
  /** The JSON body schema; `multipart` leaves the request stream to the handler. */
  readonly body?: BS | 'multipart';
  readonly response: RS;
  readonly status?: number;
  handler(ctx: RouteContext<z.output<PS>, z.output<QS>, z.output<BS>>): Promise<z.input<RS>>;
}

/** Declares a route with its types inferred from its schemas. */
export function defineRoute<
  PS extends AnySchema,
  QS extends AnySchema,
  BS extends AnySchema,
  RS extends AnySchema,
>(spec: RouteSpec<PS, QS, BS, RS>): RouteSpec {
  return spec as unknown as RouteSpec;
}
