import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { analysisEntry } from './analyses/analysis.js';
import { statusForCode } from './error-table.js';
import { ROUTES } from './routes/table.js';
import {
  API_HEADERS,
  multipartBody,
  serverFixture,
  type ServerFixture,
} from './test-support/server-fixture.js';

describe('server edge', () => {
  let f: ServerFixture;
  beforeEach(async () => {
    f = await serverFixture({
      maxUploadBytes: 64,
      analyses: new Map([
        analysisEntry({
          id: 'buggy',
          area: 'network',
          inputs: z.object({}),
          auditedByService: false,
          run: async () => {
            throw new Error('secret detail /etc/passwd');
          },
        }),
      ]),
    });
  });
  afterEach(() => f.dispose());

  it('sets a strict CSP and security headers on every answer, errors included', async () => {
    for (const url of ['/api/health', '/api/nope']) {
      const res = await f.app.inject({ method: 'GET', url, headers: API_HEADERS });
      const csp = String(res.headers['content-security-policy']);
      expect(csp).toContain("default-src 'none'");
      expect(csp).toContain("script-src 'self'");
      expect(csp).not.toContain('unsafe');
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['x-frame-options']).toBe('DENY');
      expect(res.headers['cache-control']).toBe('no-store');
    }
  });

  it('refuses API calls without the client header and requests for another host', async () => {
    const noHeader = await f.app.inject({ method: 'GET', url: '/api/cases' });
    expect(noHeader.statusCode).toBe(403);
    expect((noHeader.json() as { code: string }).code).toBe('REQUEST_NO_CLIENT_HEADER');
    const rebound = await f.app.inject({
      method: 'GET',
      url: '/api/cases',
      headers: { ...API_HEADERS, host: 'evil.example:8080' },
    });
    expect(rebound.statusCode).toBe(403);
    expect((rebound.json() as { code: string }).code).toBe('REQUEST_BAD_HOST');
  });

  it('answers a bug with a request id and no detail', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/cases/alpha/analyses/buggy',
      headers: API_HEADERS,
      payload: {},
    });
    expect(res.statusCode).toBe(500);
    const body = res.json() as Record<string, unknown>;
    expect(body.code).toBe('INTERNAL');
    expect(typeof body.requestId).toBe('string');
    expect(res.body).not.toContain('passwd');
  });

  it('validates requests at the edge', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/cases/alpha/search', headers: API_HEADERS });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { code: string }).code).toBe('REQUEST_BAD_QUERY');
    const bad = await f.app.inject({
      method: 'POST',
      url: '/api/cases',
      headers: API_HEADERS,
      payload: { name: 'Bad Name' },
    });
    expect((bad.json() as { code: string }).code).toBe('CASE_BAD_NAME');
    expect(bad.statusCode).toBe(400);
  });

  it('refuses an upload over the limit and keeps nothing of it', async () => {
    const res = await f.app.inject({
      method: 'POST',
      url: '/api/cases/alpha/uploads',
      ...multipartBody('big.csv', 'x'.repeat(1000)),
    });
    expect(res.statusCode).toBe(413);
    expect((res.json() as { code: string }).code).toBe('UPLOAD_TOO_LARGE');
  });

  it('describes every route in OpenAPI', async () => {
    const res = await f.app.inject({ method: 'GET', url: '/api/openapi.json', headers: API_HEADERS });
    const doc = res.json() as { paths: Record<string, Record<string, { operationId: string }>> };
    const ids = Object.values(doc.paths).flatMap((p) => Object.values(p).map((op) => op.operationId));
    expect(ids.sort()).toEqual(ROUTES.map((r) => r.id).sort());
  });
});

describe('error table', () => {
  it.each([
    ['CASE_NOT_FOUND', 404],
    ['UPLOAD_NOT_FOUND', 404],
    ['STORE_LOCKED', 409],
    ['CASE_EXISTS', 409],
    ['CDR_PROFILE_EXISTS', 409],
    ['CDR_PROFILE_SHIPPED', 409],
    ['CDR_PROFILE_NOT_FOUND', 404],
    ['CDR_BAD_TIMESTAMP', 400],
    ['IMPORT_BAD_OPTIONS', 400],
    ['IMPORT_FOLDER_NOT_ACCEPTED', 422],
    ['ARCHIVE_PATH_ESCAPE', 422],
    ['UPLOAD_TOO_LARGE', 413],
    ['WHATSAPP_FILE_TOO_LARGE', 413],
    ['REQUEST_BAD_HOST', 403],
  ])('%s → %i', (code, status) => {
    expect(statusForCode(code)).toBe(status);
  });
});
