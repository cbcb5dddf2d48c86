import type { FastifyInstance } from 'fastify';

export interface ListenOptions {
  readonly port: number;
  /** Loopback unless the user asks otherwise: the workbench serves case data to this machine only. */
  readonly host?: string;
}

/** Starts listening and answers the address the page is at. */
export function listen(app: FastifyInstance, opts: ListenOptions): Promise<string> {
  return app.listen({ port: opts.port, host: opts.host ?? '127.0.0.1' });
}
