import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { Workspace } from '../../src/intel/index.js';
import { buildServer } from '../../src/server/index.js';

export const WEB_ROOT = resolve('dist/web');

export interface Served {
  readonly ws: Workspace;
  readonly url: string;
  readonly app: FastifyInstance;
  readonly dir: string;
  close(): Promise<void>;
}

/** A workspace on a temp path, prepared by `setup`, served with the built web client on a free port. */
export async function serveWorkspace(setup: (ws: Workspace, dir: string) => Promise<void>): Promise<Served> {
  const dir = await mkdtemp(join(tmpdir(), 'skein-e2e-'));
  const ws = await Workspace.open(join(dir, 'ws'));
  await setup(ws, dir);
  const app = await buildServer({
    ws,
    actor: { user: 'e2e' },
    uploadDir: join(dir, 'uploads'),
    webRoot: WEB_ROOT,
  });
  const url = await app.listen({ port: 0, host: '127.0.0.1' });
  return {
    ws,
    url,
    app,
    dir,
    async close() {
      await app.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
