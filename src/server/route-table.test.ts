import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InjectOptions } from 'fastify';
import { z } from 'zod';
import { analysisEntry, type Analysis } from './analyses/analysis.js';
import { ROUTES } from './routes/table.js';
import {
  API_HEADERS,
  CDR_CSV,
  ENTITIES_JSONL,
  importThroughApi,
  multipartBody,
  serverFixture,
  type ServerFixture,
} from './test-support/server-fixture.js';

/** One valid request per route id; a route added without one fails the first test. */
function requestFor(
  id: string,
  ctx: { uploadId: string; cdrUploadId: string; jobId: string; importId: string },
): InjectOptions | undefined {
  const get = (url: string): InjectOptions => ({ method: 'GET', url, headers: API_HEADERS });
  const post = (url: string, payload: object): InjectOptions => ({
    method: 'POST',
    url,
    headers: API_HEADERS,
    payload,
  });
  const table: Record<string, InjectOptions> = {
    health: get('/api/health'),
    importers: get('/api/importers'),
    'analyses.list': get('/api/analyses'),
    'cases.list': get('/api/cases'),
    'cases.create': post('/api/cases', { name: 'beta' }),
    'cases.counts': get('/api/cases/alpha/counts'),
    'imports.upload': {
      method: 'POST',
      url: '/api/cases/alpha/uploads',
      ...multipartBody('a.jsonl', ENTITIES_JSONL),
    },
    'imports.layout': post(`/api/cases/alpha/uploads/${ctx.cdrUploadId}/layout`, {}),
    'profiles.list': get('/api/layout-profiles'),
    'profiles.save': post('/api/layout-profiles', { profile: { name: 'ops', columns: {} } }),
    'imports.start': post('/api/cases/alpha/imports', { uploadId: ctx.uploadId, kind: 'entities' }),
    'imports.job': get(`/api/cases/alpha/import-jobs/${ctx.jobId}`),
    'imports.get': get(`/api/cases/alpha/imports/${ctx.importId}`),
    'imports.list': get('/api/cases/alpha/imports'),
    'imports.rejects': get('/api/cases/alpha/rejects'),
    search: get('/api/cases/alpha/search?q=hajj'),
    aliases: get('/api/cases/alpha/aliases?selector=%2B218912345678'),
    'analyses.run': post('/api/cases/alpha/analyses/echo', { text: 'hajj' }),
    'chart.metrics': post('/api/cases/alpha/chart/metrics', {
      edges: [{ source: 'a', target: 'b', weight: 1 }],
    }),
    'map.layers': post('/api/cases/alpha/map/layers', { subjects: [] }),
  };
  return table[id];
}

describe('route table', () => {
  let f: ServerFixture;
  beforeEach(async () => {
    f = await serverFixture({ analyses: new Map([analysisEntry(echoAnalysis)]) });
  });
  afterEach(() => f.dispose());

  it('gives every route an access policy and an audit duty that matches it', () => {
    for (const r of ROUTES) {
      expect(['public', 'own-job', 'workspace', 'case'], r.id).toContain(r.access.kind);
      const touchesCaseData = r.access.kind === 'case' || r.access.kind === 'workspace';
      expect(r.audit !== 'none', r.id).toBe(touchesCaseData);
      if (r.access.kind === 'case' || r.access.kind === 'own-job')
        expect(r.url, r.id).toMatch(/^\/api\/cases\/:caseName\//);
    }
  });

  it('leaves an audit record for every call of every non-public route', async () => {
    const up = await f.app.inject({
      method: 'POST',
      url: '/api/cases/alpha/uploads',
      ...multipartBody('b.jsonl', ENTITIES_JSONL),
    });
    const uploadId = (up.json() as { uploadId: string }).uploadId;
    const start = await f.app.inject({
      method: 'POST',
      url: '/api/cases/alpha/imports',
      headers: API_HEADERS,
      payload: { uploadId, kind: 'entities' },
    });
    const jobId = (start.json() as { jobId: string }).jobId;
    const importId = await waitForJob(f, jobId);
    await f.app.inject({ method: 'GET', url: '/api/health', headers: API_HEADERS });
    const up2 = await f.app.inject({
      method: 'POST',
      url: '/api/cases/alpha/uploads',
      ...multipartBody('c.jsonl', `${ENTITIES_JSONL}\n`),
    });
    const cdr = await f.app.inject({
      method: 'POST',
      url: '/api/cases/alpha/uploads',
      ...multipartBody('billing.csv', CDR_CSV),
    });
    const ctx = {
      uploadId: (up2.json() as { uploadId: string }).uploadId,
      cdrUploadId: (cdr.json() as { uploadId: string }).uploadId,
      jobId,
      importId,
    };
    for (const r of ROUTES) {
      const req = requestFor(r.id, ctx);
      expect(req, `no request for ${r.id}`).toBeDefined();
      if (!req) continue;
      const before = await auditCount(f);
      const res = await f.app.inject(req);
      if (r.id === 'imports.start') await waitForJob(f, (res.json() as { jobId: string }).jobId);
      const after = await auditCount(f);
      expect(res.statusCode, `${r.id}: ${res.body}`).toBeLessThan(300);
      if (r.audit === 'none') expect(after, r.id).toBe(before);
      else expect(after, r.id).toBeGreaterThan(before);
    }
  });

  it('answers 404 CASE_NOT_FOUND for a case out of scope, exactly as for a missing one', async () => {
    const scoped = await serverFixture({ scope: { kind: 'only', names: ['other'] } });
    try {
      const hidden = await scoped.app.inject({
        method: 'GET',
        url: '/api/cases/alpha/imports',
        headers: API_HEADERS,
      });
      const missing = await f.app.inject({
        method: 'GET',
        url: '/api/cases/nope/imports',
        headers: API_HEADERS,
      });
      expect(hidden.statusCode).toBe(404);
      expect(missing.statusCode).toBe(404);
      expect((hidden.json() as { code: string }).code).toBe('CASE_NOT_FOUND');
      expect((missing.json() as { code: string }).code).toBe('CASE_NOT_FOUND');
      const list = await scoped.app.inject({ method: 'GET', url: '/api/cases', headers: API_HEADERS });
      expect((list.json() as { cases: unknown[] }).cases).toEqual([]);
    } finally {
      await scoped.dispose();
    }
  });

  it('imports through the API and reports imported and rejected counts', async () => {
    const job = await importThroughApi(f.app, 'people.jsonl', ENTITIES_JSONL);
    expect(job.state).toBe('done');
    const report = await f.app.inject({
      method: 'GET',
      url: `/api/cases/alpha/imports/${String(job.importId)}`,
      headers: API_HEADERS,
    });
    expect(report.json()).toMatchObject({ imported: 3, rejected: 1, rowsIn: 4 });
    const rejects = await f.app.inject({
      method: 'GET',
      url: '/api/cases/alpha/rejects',
      headers: API_HEADERS,
    });
    expect((rejects.json() as { rejects: { code: string }[] }).rejects.map((r) => r.code)).toEqual([
      'ENTITIES_BAD_JSON',
    ]);
  });
});

/** A stand-in analysis: the table's plumbing is what is under test. */
const echoAnalysis: Analysis<{ text: string }> = {
  id: 'echo',
  area: 'comms',
  inputs: z.object({ text: z.string() }),
  auditedByService: false,
  run: async (_ctx, input) => ({
    analysisId: 'echo',
    columns: [{ key: 'text', kind: 'text' }],
    rows: [{ text: input.text }],
    graph: null,
    map: null,
  }),
};

async function waitForJob(f: ServerFixture, jobId: string): Promise<string> {
  for (;;) {
    const res = await f.app.inject({
      method: 'GET',
      url: `/api/cases/alpha/import-jobs/${jobId}`,
      headers: API_HEADERS,
    });
    const job = res.json() as { state: string; importId: string | null };
    if (job.state !== 'running') return job.importId ?? '';
    await new Promise((r) => setTimeout(r, 20));
  }
}

async function auditCount(f: ServerFixture): Promise<number> {
  const v = await f.ws.verifyAudit();
  if (!v.ok) throw new Error(`audit chain broken: ${v.code}`);
  return v.count;
}
