import { join } from 'node:path';
import type { Actor, Workspace } from '../intel/index.js';
import type { CaseScope } from './access.js';
import { buildServer } from './app.js';
import { listen } from './listen.js';
import { defaultWebRoot } from './web-root.js';

export interface WorkbenchOptions {
  readonly ws: Workspace;
  readonly actor: Actor;
  readonly scope: CaseScope;
  readonly port: number;
  readonly host?: string;
}

/** Serves the workbench over a workspace; answers its address and a function that stops it. */
export async function startWorkbench(
  opts: WorkbenchOptions,
): Promise<{ url: string; close: () => Promise<void> }> {
  const webRoot = defaultWebRoot();
  const app = await buildServer({
    ws: opts.ws,
    actor: opts.actor,
    scope: opts.scope,
    uploadDir: join(opts.ws.root, 'uploads'),
    ...(webRoot ? { webRoot } : {}),
    ...(opts.host && !['127.0.0.1', 'localhost', '::1'].includes(opts.host)
      ? { allowedHosts: [opts.host] }
      : {}),
    logger: true,
  });
  const url = await listen(app, { port: opts.port, ...(opts.host ? { host: opts.host } : {}) });
  return { url, close: () => app.close() };
}
