import {
  cdrDryRun,
  chooseProfile,
  listProfiles,
  saveWorkspaceProfile,
  workspaceProfileDir,
  type ChosenProfile,
} from '../../ingest/cdr/index.js';
import { DEFAULT_LIMITS, importerFor, IMPORTERS } from '../../ingest/index.js';
import { importFile, rejectsOf } from '../../intel/index.js';
import {
  CaseParams,
  DetectedLayout,
  DetectLayoutBody,
  ImportJob,
  ImportList,
  ImportParams,
  ImportReport,
  JobParams,
  LayoutProfileList,
  LayoutProfileInfo,
  RejectList,
  RejectsQuery,
  SaveLayoutProfileBody,
  StartImportBody,
  Upload,
  UploadParams,
} from '../../model/api/index.js';
import { SkeinError } from '../../model/index.js';
import { detectKind, previewLines } from '../detect-kind.js';
import { defineRoute } from '../route.js';

export const uploadRoute = defineRoute({
  id: 'imports.upload',
  method: 'POST',
  url: '/api/cases/:caseName/uploads',
  summary: 'Receives one file (multipart, streamed to disk, size-limited) and guesses its kind.',
  access: { kind: 'case', operation: 'collection' },
  audit: 'route',
  params: CaseParams,
  body: 'multipart',
  response: Upload,
  status: 201,
  async handler(ctx) {
    const { uploads } = ctx.services;
    const part = await ctx.request.file({ limits: { fileSize: uploads.maxBytes, files: 1 } });
    if (!part) throw new SkeinError('REQUEST_BAD_BODY', 'The request carries no file.');
    const stored = await uploads.receive(ctx.params.caseName, part.filename, part.file);
    const preview = await previewLines(stored.path);
    await ctx.audit([stored.uploadId], { file: stored.fileName, bytes: stored.bytes });
    return {
      uploadId: stored.uploadId,
      fileName: stored.fileName,
      bytes: stored.bytes,
      detectedKind: detectKind(stored.fileName, preview, Object.keys(IMPORTERS)),
      preview,
    };
  },
});

export const startImportRoute = defineRoute({
  id: 'imports.start',
  method: 'POST',
  url: '/api/cases/:caseName/imports',
  summary: 'Imports an upload with the chosen importer; answers a job to poll.',
  access: { kind: 'case', operation: 'collection' },
  audit: 'route',
  params: CaseParams,
  body: StartImportBody,
  response: ImportJob,
  status: 202,
  async handler(ctx) {
    const { caseName } = ctx.params;
    const b = ctx.body;
    const upload = ctx.services.uploads.get(caseName, b.uploadId);
    const importer = importerFor(b.kind);
    if (!importer) throw new SkeinError('IMPORT_UNKNOWN_KIND', 'Unknown import kind.', { input: b.kind });
    const profile = await chooseProfileByName(ctx.ws.root, b.options.profile);
    const options = profile ? { ...b.options, profile: profile.option } : b.options;
    const tz = b.tz ?? profile?.tz;
    const region = b.region ?? profile?.region;
    await ctx.audit([upload.uploadId], {
      kind: b.kind,
      file: upload.fileName,
      ...(typeof b.options.profile === 'string' ? { profile: b.options.profile } : {}),
    });
    const { gate, uploads } = ctx.services;
    return ctx.services.jobs.start(caseName, async (progress) => {
      const result = await gate.run(() =>
        importFile(
          ctx.ws,
          {
            caseName,
            importer,
            path: upload.path,
            options,
            ...(region ? { region } : {}),
            ...(tz ? { tz } : {}),
            ...(b.owner ? { owner: b.owner } : {}),
            force: b.force,
            progress,
          },
          ctx.actor,
        ),
      );
      await uploads.discard(upload.uploadId);
      return result;
    });
  },
});

export const importJobRoute = defineRoute({
  id: 'imports.job',
  method: 'GET',
  url: '/api/cases/:caseName/import-jobs/:jobId',
  summary: 'Progress of an import (counts and ids only); the report is read with imports.get.',
  access: { kind: 'own-job' },
  audit: 'none',
  params: JobParams,
  response: ImportJob,
  handler: async (ctx) => ctx.services.jobs.get(ctx.params.caseName, ctx.params.jobId),
});

export const getImportRoute = defineRoute({
  id: 'imports.get',
  method: 'GET',
  url: '/api/cases/:caseName/imports/:importId',
  summary: 'The report of one import: rows in, imported, rejected, notes.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: ImportParams,
  response: ImportReport,
  async handler(ctx) {
    const { caseName, importId } = ctx.params;
    const found = (await ctx.ws.withCase(caseName, (store) => store.listImports())).find(
      (i) => i.id === importId,
    );
    if (!found) throw new SkeinError('IMPORT_NOT_FOUND', 'No such import in this case.', { input: importId });
    await ctx.audit([found.id]);
    return found;
  },
});

export const listImportsRoute = defineRoute({
  id: 'imports.list',
  method: 'GET',
  url: '/api/cases/:caseName/imports',
  summary: 'Every import of the case with its counts.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: CaseParams,
  response: ImportList,
  async handler(ctx) {
    const imports = await ctx.ws.withCase(ctx.params.caseName, (store) => store.listImports());
    await ctx.audit(imports.map((i) => i.id));
    return { imports };
  },
});

export const rejectsRoute = defineRoute({
  id: 'imports.rejects',
  method: 'GET',
  url: '/api/cases/:caseName/rejects',
  summary: 'The rows imports rejected, with row, field and code.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'service',
  params: CaseParams,
  query: RejectsQuery,
  response: RejectList,
  async handler(ctx) {
    const q = ctx.query;
    const filter = { ...(q.importId ? { importId: q.importId } : {}), limit: q.limit, offset: q.offset };
    const rejects = await rejectsOf(ctx.ws, ctx.params.caseName, filter, ctx.actor);
    ctx.auditedByService();
    return { rejects };
  },
});

/** A profile chosen by name from the page; paths are refused (CDR_BAD_PROFILE_NAME). */
async function chooseProfileByName(workspaceRoot: string, name: unknown): Promise<ChosenProfile | undefined> {
  if (name === undefined) return undefined;
  if (typeof name !== 'string') {
    throw new SkeinError('IMPORT_BAD_OPTIONS', 'profile must be a name', { field: 'options.profile' });
  }
  return chooseProfile(workspaceRoot, name, { allowPaths: false });
}

export const detectLayoutRoute = defineRoute({
  id: 'imports.layout',
  method: 'POST',
  url: '/api/cases/:caseName/uploads/:uploadId/layout',
  summary:
    'Detects a CDR or tower-dump upload’s layout (or applies a profile): mapping, sample rows, draft profile.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: UploadParams,
  body: DetectLayoutBody,
  response: DetectedLayout,
  async handler(ctx) {
    const { caseName, uploadId } = ctx.params;
    const upload = ctx.services.uploads.get(caseName, uploadId);
    const info = await ctx.ws.requireCase(caseName);
    const b = ctx.body;
    const chosen = await chooseProfileByName(ctx.ws.root, b.profile);
    const profile = chosen?.option;
    const tz = b.tz ?? chosen?.tz ?? info.tz;
    const region = b.region ?? chosen?.region ?? info.region;
    const report = await cdrDryRun(
      {
        path: upload.path,
        fileName: upload.fileName,
        sha256: '',
        bytes: upload.bytes,
        tmpDir: '',
        limits: DEFAULT_LIMITS,
      },
      {
        ...(profile === undefined ? {} : { profile }),
        ...(tz === undefined ? {} : { tz }),
        ...(region === undefined ? {} : { region }),
        ...(b.dateOrder === undefined ? {} : { dateOrder: b.dateOrder }),
      },
    );
    await ctx.audit([upload.uploadId], {
      file: upload.fileName,
      ...(b.profile ? { profile: b.profile } : {}),
    });
    return {
      ...report,
      headers: [...report.headers],
      mapping: [...report.mapping],
      doubts: [...report.doubts],
      sample: [...report.sample],
      profile: report.profile ?? null,
    };
  },
});

export const listLayoutProfilesRoute = defineRoute({
  id: 'profiles.list',
  method: 'GET',
  url: '/api/layout-profiles',
  summary: 'The CDR / tower-dump layout profiles: saved in the workspace, then shipped.',
  access: { kind: 'workspace', operation: 'consultation' },
  audit: 'route',
  response: LayoutProfileList,
  async handler(ctx) {
    const profiles = await listProfiles(workspaceProfileDir(ctx.ws.root));
    await ctx.audit(profiles.filter((p) => p.source === 'workspace').map((p) => `profile:${p.name}`));
    return { profiles };
  },
});

export const saveLayoutProfileRoute = defineRoute({
  id: 'profiles.save',
  method: 'POST',
  url: '/api/layout-profiles',
  summary: 'Saves a corrected layout as a named profile in the workspace, for this and later imports.',
  access: { kind: 'workspace', operation: 'alteration' },
  audit: 'route',
  body: SaveLayoutProfileBody,
  response: LayoutProfileInfo,
  status: 201,
  async handler(ctx) {
    const { profile, replace } = ctx.body;
    const saved = await saveWorkspaceProfile(workspaceProfileDir(ctx.ws.root), profile, { replace });
    await ctx.audit([`profile:${saved.name}`], { replace, columns: profile.columns });
    return saved;
  },
});
