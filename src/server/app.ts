import { randomUUID } from 'node:crypto';
import multipart from '@fastify/multipart';
import fastifyStatic from '@fastify/static';
import Fastify, { type FastifyInstance } from 'fastify';
import type { Actor, Workspace } from '../intel/index.js';
import { SkeinError } from '../model/index.js';
import type { CaseScope } from './access.js';
import type { AnalysisTable } from './analyses/analysis.js';
import { ANALYSES } from './analyses/table.js';
import { replyWithError } from './error-reply.js';
import { ImportJobs } from './import-jobs.js';
import { openApiDocument } from './openapi.js';
import { ROUTES } from './routes/table.js';
import { runRoute } from './run-route.js';
import { guardRequest, setSecurityHeaders } from './security-headers.js';
import type { ServerServices } from './services.js';
import { UploadStore } from './uploads.js';
import { WorkspaceGate } from './workspace-gate.js';

export interface ServerOptions {
  readonly ws: Workspace;
  readonly actor: Actor;
  readonly scope?: CaseScope;
  /** Where uploads wait to be imported; inside the workspace, since they hold case data. */
  readonly uploadDir: string;
  readonly maxUploadBytes?: number;
  /** The built web client; without it the server answers the API only. */
  readonly webRoot?: string;
  readonly analyses?: AnalysisTable;
  /** Host headers accepted besides loopback names, for a deliberate non-local bind. */
  readonly allowedHosts?: readonly string[];
  readonly logger?: boolean;
}

const DEFAULT_MAX_UPLOAD = 2 * 1024 ** 3;
/** JSON bodies: the largest is the chart's edge list sent back for centrality. */
const JSON_BODY_LIMIT = 48 * 1024 ** 2;

/** The workbench server: the JSON API from the route table, and the web client as static files. */
export async function buildServer(opts: ServerOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ?? false,
    genReqId: () => randomUUID(),
    bodyLimit: JSON_BODY_LIMIT,
  });
  const maxUploadBytes = opts.maxUploadBytes ?? DEFAULT_MAX_UPLOAD;
  const services: ServerServices = {
    ws: opts.ws,
    actor: opts.actor,
    scope: opts.scope ?? { kind: 'all' },
    uploads: new UploadStore(opts.uploadDir, maxUploadBytes),
    jobs: new ImportJobs((e) => app.log.error({ err: e }, 'import failed')),
    analyses: opts.analyses ?? ANALYSES,
    gate: new WorkspaceGate(),
  };
  await app.register(multipart, { limits: { fileSize: maxUploadBytes, files: 1, fields: 4 } });
  app.addHook('onRequest', async (request, reply) => {
    setSecurityHeaders(request, reply);
    guardRequest(request, opts.allowedHosts ?? []);
  });
  app.setErrorHandler((error, request, reply) => reply.send(replyWithError(error, request, reply)));
  app.setNotFoundHandler((request, reply) =>
    reply.send(replyWithError(new SkeinError('ROUTE_NOT_FOUND', 'No such route.'), request, reply)),
  );
  for (const spec of ROUTES) {
    app.route({
      method: spec.method,
      url: spec.url,
      handler: (request, reply) => runRoute(spec, services, request, reply),
    });
  }
  const openApi = openApiDocument(ROUTES);
  app.get('/api/openapi.json', async () => openApi);
  if (opts.webRoot) await app.register(fastifyStatic, { root: opts.webRoot, prefix: '/' });
  app.addHook('onClose', async () => {
    await services.jobs.settled();
    await services.uploads.discardAll();
  });
  return app;
}
