import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DetectedLayout, ImportReport } from '../model/api/index.js';
import {
  API_HEADERS,
  CDR_CSV,
  multipartBody,
  serverFixture,
  type ServerFixture,
} from './test-support/server-fixture.js';

let f: ServerFixture;
beforeEach(async () => {
  f = await serverFixture();
});
afterEach(() => f.dispose());

async function upload(name: string, content: string): Promise<string> {
  const res = await f.app.inject({
    method: 'POST',
    url: '/api/cases/alpha/uploads',
    ...multipartBody(name, content),
  });
  return (res.json() as { uploadId: string }).uploadId;
}

const post = (url: string, payload: object) =>
  f.app.inject({ method: 'POST', url, headers: API_HEADERS, payload });

async function importWith(uploadId: string, options: object): Promise<Record<string, unknown>> {
  const start = await post('/api/cases/alpha/imports', { uploadId, kind: 'cdr', options });
  expect(start.statusCode, start.body).toBe(202);
  const { jobId } = start.json() as { jobId: string };
  for (;;) {
    const job = (
      await f.app.inject({
        method: 'GET',
        url: `/api/cases/alpha/import-jobs/${jobId}`,
        headers: API_HEADERS,
      })
    ).json() as Record<string, unknown>;
    if (job.state !== 'running') return job;
    await new Promise((r) => setTimeout(r, 20));
  }
}

describe('layout detection and saved profiles', () => {
  it('detects a CDR upload, saves a corrected profile, and imports with it', async () => {
    const uploadId = await upload('billing.csv', CDR_CSV);
    const detected = await post(`/api/cases/alpha/uploads/${uploadId}/layout`, {});
    expect(detected.statusCode, detected.body).toBe(200);
    const d = detected.json() as DetectedLayout;
    expect(d.headers).toContain('First CGI');
    expect(d.profileDraft.tz).toBe('Africa/Tripoli');
    expect(d.mapping.find((m) => m.role === 'cell')?.header).toBe('First CGI');

    // The analyst corrects it: the cell column is not to be read, and the times are UTC.
    const columns = Object.fromEntries(
      Object.entries(d.profileDraft.columns).filter(([role]) => role !== 'cell'),
    );
    const profile = { ...d.profileDraft, name: 'op-ly', columns, tz: 'UTC' };
    const saved = await post('/api/layout-profiles', { profile });
    expect(saved.statusCode, saved.body).toBe(201);
    expect(saved.json()).toEqual({ name: 'op-ly', source: 'workspace' });
    const onDisk = JSON.parse(await readFile(join(f.ws.root, 'profiles', 'op-ly.json'), 'utf8')) as object;
    expect(onDisk).toEqual(profile);

    const list = await f.app.inject({ method: 'GET', url: '/api/layout-profiles', headers: API_HEADERS });
    const names = (list.json() as { profiles: { name: string; source: string }[] }).profiles;
    expect(names[0]).toEqual({ name: 'op-ly', source: 'workspace' });
    expect(names.some((p) => p.source === 'shipped')).toBe(true);

    const again = (await post(`/api/cases/alpha/uploads/${uploadId}/layout`, { profile: 'op-ly' })).json();
    expect((again as DetectedLayout).profile).toBe('op-ly');
    expect((again as DetectedLayout).mapping.some((m) => m.role === 'cell')).toBe(false);

    const job = await importWith(uploadId, { profile: 'op-ly' });
    expect(job.state, JSON.stringify(job.error)).toBe('done');
    const report = (
      await f.app.inject({
        method: 'GET',
        url: `/api/cases/alpha/imports/${String(job.importId)}`,
        headers: API_HEADERS,
      })
    ).json() as ImportReport;
    expect(report).toMatchObject({ rowsIn: 3, imported: 3, rejected: 0 });
    // The saved zone ranks above the case's default zone (Africa/Tripoli).
    expect(report.notes).toContain('local times read in UTC');
    expect(report.notes.some((n) => n.includes('profile op-ly'))).toBe(true);
  });

  it('refuses bad profile requests by code', async () => {
    const body = { profile: { name: 'op-ly', columns: { target: 'Target No' } } };
    expect((await post('/api/layout-profiles', body)).statusCode).toBe(201);
    const again = await post('/api/layout-profiles', body);
    expect([again.statusCode, (again.json() as { code: string }).code]).toEqual([409, 'CDR_PROFILE_EXISTS']);
    const shipped = await post('/api/layout-profiles', { profile: { ...body.profile, name: 'en-csv' } });
    expect([shipped.statusCode, (shipped.json() as { code: string }).code]).toEqual([
      409,
      'CDR_PROFILE_SHIPPED',
    ]);
    const badRole = await post('/api/layout-profiles', { profile: { name: 'x', columns: { nope: 'A' } } });
    expect([badRole.statusCode, (badRole.json() as { code: string }).code]).toEqual([
      400,
      'REQUEST_BAD_BODY',
    ]);
    const badName = await post('/api/layout-profiles', { profile: { name: '../up', columns: {} } });
    expect((badName.json() as { code: string }).code).toBe('REQUEST_BAD_BODY');

    const uploadId = await upload('billing.csv', CDR_CSV);
    const unknown = await post(`/api/cases/alpha/uploads/${uploadId}/layout`, { profile: 'nope' });
    expect([unknown.statusCode, (unknown.json() as { code: string }).code]).toEqual([
      404,
      'CDR_PROFILE_NOT_FOUND',
    ]);
    const path = await post('/api/cases/alpha/imports', {
      uploadId,
      kind: 'cdr',
      options: { profile: '/etc/passwd' },
    });
    expect([path.statusCode, (path.json() as { code: string }).code]).toEqual([400, 'CDR_BAD_PROFILE_NAME']);
    const other = await post(`/api/cases/alpha/uploads/upl_none/layout`, {});
    expect([other.statusCode, (other.json() as { code: string }).code]).toEqual([404, 'UPLOAD_NOT_FOUND']);
  });
});
