import type { FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { SkeinError } from '../model/index.js';
import { isCaseInScope } from './access.js';
import type { RouteContext, RouteSpec } from './route.js';
import type { ServerServices } from './services.js';

const Loose = z.object({}).passthrough();

function parsePart(schema: z.ZodType | undefined, value: unknown, code: string): unknown {
  const r = (schema ?? Loose).safeParse(value ?? {});
  if (r.success) return r.data;
  const issue = r.error.issues[0];
  throw new SkeinError(code, issue?.message ?? 'invalid', { field: issue?.path.join('.') ?? '' });
}

/** The case a route names, if it is in this server's scope; out of scope answers as a missing case does. */
function scopedCase(spec: RouteSpec, params: unknown, services: ServerServices): string | null {
  if (spec.access.kind !== 'case' && spec.access.kind !== 'own-job') return null;
  const caseName = (params as { caseName?: string }).caseName;
  if (caseName === undefined || !isCaseInScope(services.scope, caseName)) {
    throw new SkeinError('CASE_NOT_FOUND', 'There is no open case by that name.');
  }
  return caseName;
}

/**
 * Validates, applies the access policy, runs the handler (through the workspace gate when it touches
 * the workspace), enforces its audit duty, and validates the answer against the response schema.
 */
export async function runRoute(
  spec: RouteSpec,
  services: ServerServices,
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const params = parsePart(spec.params, request.params, 'REQUEST_BAD_PARAMS');
  const query = parsePart(spec.query, request.query, 'REQUEST_BAD_QUERY');
  const body = spec.body === 'multipart' ? undefined : parsePart(spec.body, request.body, 'REQUEST_BAD_BODY');
  const caseName = scopedCase(spec, params, services);
  const touchesWorkspace = spec.access.kind === 'case' || spec.access.kind === 'workspace';
  const work = () => handle(spec, services, { params, query, body, caseName }, request, reply);
  const result = touchesWorkspace ? await services.gate.run(work) : await work();
  reply.status(spec.status ?? 200);
  return spec.response.parse(result);
}

async function handle(
  spec: RouteSpec,
  services: ServerServices,
  input: { params: unknown; query: unknown; body: unknown; caseName: string | null },
  request: FastifyRequest,
  reply: FastifyReply,
): Promise<unknown> {
  const { ws, actor } = services;
  const { caseName } = input;
  const casePurpose =
    spec.access.kind === 'case' && caseName ? (await ws.requireCase(caseName)).purpose : undefined;
  const policy = spec.access;
  let audited = false;
  const ctx: RouteContext<unknown, unknown, unknown> = {
    ...input,
    ws,
    actor,
    services,
    request,
    reply,
    async audit(records, detail) {
      if (policy.kind !== 'case' && policy.kind !== 'workspace') {
        throw new Error(`route ${spec.id} has no audit operation`);
      }
      await ws.log(actor, {
        operation: policy.operation,
        action: `api ${spec.id}`,
        caseName,
        ...(casePurpose ? { casePurpose } : {}),
        records,
        ...(detail ? { detail } : {}),
      });
      audited = true;
    },
    auditedByService() {
      audited = true;
    },
  };
  const result = await spec.handler(ctx as never);
  if (spec.audit === 'route' && !audited) throw new Error(`route ${spec.id} returned without auditing`);
  return result;
}
