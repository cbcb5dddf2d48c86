import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import type { Workspace } from '../../intel/index.js';
import { CLIENT_HEADER } from '../../model/api/index.js';
import { buildServer, type ServerOptions } from '../app.js';

/** A small entities file: a phone, a person whose name is markup, a link, and one bad line. */
export const ENTITIES_JSONL = [
  '{"record":"entity","kind":"phone","value":"+218912345678","label":"Hajj phone"}',
  '{"record":"entity","kind":"person","ref":"p1","label":"<img src=x onerror=alert(1)>"}',
  '{"record":"link","kind":"uses","from":"p1","to":"phone:+218912345678"}',
  'not json',
].join('\n');

/** A small billing: target, type, counterpart, split date and time (day-first), duration, cell. */
export const CDR_CSV = [
  'Target No,Call Type,B Party No,Date,Time,Dur(s),First CGI',
  '+218912345678,MOC,+218913000001,15/01/2026,10:00:00,30,606-01-1000-20000',
  '+218912345678,MTC,+218913000002,16/01/2026,11:30:00,12,606-01-1000-20001',
  '+218912345678,SMS-MO,+218913000001,17/01/2026,09:15:00,0,606-01-1000-20000',
].join('\n');

export interface ServerFixture {
  readonly app: FastifyInstance;
  readonly ws: Workspace;
  readonly dir: string;
  dispose(): Promise<void>;
}

/** A server over a fresh temp workspace holding one case, `alpha`. */
export async function serverFixture(overrides: Partial<ServerOptions> = {}): Promise<ServerFixture> {
  const { ws, dir, dispose } = await tempWorkspace();
  await ws.createCase({ name: 'alpha', region: 'LY', tz: 'Africa/Tripoli' }, analyst);
  const app = await buildServer({ ws, actor: analyst, uploadDir: join(dir, 'uploads'), ...overrides });
  return {
    app,
    ws,
    dir,
    async dispose() {
      await app.close();
      await dispose();
    },
  };
}

export const API_HEADERS = { [CLIENT_HEADER]: '1' } as const;

/** A multipart/form-data body with one file part, as a browser sends it. */
export function multipartBody(
  fileName: string,
  content: string,
): { payload: Buffer; headers: Record<string, string> } {
  const boundary = '----skeinTestBoundary7MA4YWxk';
  const payload = Buffer.concat([
    Buffer.from(
      `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${fileName}"\r\n` +
        'Content-Type: application/octet-stream\r\n\r\n',
    ),
    Buffer.from(content),
    Buffer.from(`\r\n--${boundary}--\r\n`),
  ]);
  return {
    payload,
    headers: { ...API_HEADERS, 'content-type': `multipart/form-data; boundary=${boundary}` },
  };
}

/** Uploads and imports `content` into `alpha`, waits for the job, and answers its last state. */
export async function importThroughApi(
  app: FastifyInstance,
  fileName: string,
  content: string,
  kind = 'entities',
): Promise<Record<string, unknown>> {
  const up = await app.inject({
    method: 'POST',
    url: '/api/cases/alpha/uploads',
    ...multipartBody(fileName, content),
  });
  const { uploadId } = up.json() as { uploadId: string };
  const start = await app.inject({
    method: 'POST',
    url: '/api/cases/alpha/imports',
    headers: API_HEADERS,
    payload: { uploadId, kind },
  });
  const { jobId } = start.json() as { jobId: string };
  for (;;) {
    const job = (
      await app.inject({ method: 'GET', url: `/api/cases/alpha/import-jobs/${jobId}`, headers: API_HEADERS })
    ).json() as Record<string, unknown>;
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}
