import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { newId, SkeinError, type ImportRecord } from '../model/index.js';
import { DEFAULT_LIMITS, type Importer, type ImportLimits, type ProgressFn } from '../ingest/index.js';
import type { Actor } from './actor.js';
import { auditEntry } from './audit/entry.js';
import { sha256File, sha256Folder } from './file-hash.js';
import type { Workspace } from './workspace.js';

export interface ImportRequest<O> {
  readonly caseName: string;
  readonly importer: Importer<O>;
  readonly path: string;
  /** Importer-specific options, parsed with the importer's own schema. */
  readonly options: unknown;
  readonly region?: string;
  readonly tz?: string;
  readonly owner?: string;
  /** Import again a file this case already holds. */
  readonly force?: boolean;
  readonly limits?: ImportLimits;
  readonly progress?: ProgressFn;
}

export type ImportResult =
  | { readonly status: 'imported'; readonly record: ImportRecord }
  | { readonly status: 'already-imported'; readonly record: ImportRecord };

/** Imports one file (or extraction folder) into a case as one atomic, audited transaction. */
export async function importFile<O>(
  ws: Workspace,
  req: ImportRequest<O>,
  actor: Actor,
): Promise<ImportResult> {
  const limits = req.limits ?? DEFAULT_LIMITS;
  const info = await statInput(req.path);
  if (info.isDirectory && !req.importer.acceptsFolder) {
    throw new SkeinError(
      'IMPORT_FOLDER_NOT_ACCEPTED',
      `The ${req.importer.kind} importer reads files, not folders.`,
      {
        file: req.path,
      },
    );
  }
  if (!info.isDirectory && info.bytes > limits.maxFileBytes) {
    throw new SkeinError(
      'IMPORT_FILE_TOO_LARGE',
      `The file is larger than the ${limits.maxFileBytes}-byte limit.`,
      {
        file: req.path,
      },
    );
  }
  const parsed = req.importer.options.safeParse(req.options ?? {});
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SkeinError(
      'IMPORT_BAD_OPTIONS',
      `Bad option for ${req.importer.kind}: ${issue?.message ?? ''}`,
      {
        file: req.path,
        field: issue?.path.join('.') ?? '',
      },
    );
  }
  const { sha256, bytes } = info.isDirectory
    ? await sha256Folder(req.path)
    : { sha256: await sha256File(req.path), bytes: info.bytes };

  return ws.withCase(req.caseName, async (store, caseInfo) => {
    const existing = await store.findImportBySha(sha256, req.importer.kind);
    if (existing && !req.force) return { status: 'already-imported', record: existing };
    const region = req.region ?? caseInfo.region;
    const tz = req.tz ?? caseInfo.tz;
    const tmpDir = await mkdtemp(join(tmpdir(), 'skein-import-'));
    const id = newId('import');
    const fileName = basename(req.path);
    const options = {
      ...(parsed.data as Record<string, unknown>),
      ...(region ? { region } : {}),
      ...(tz ? { tz } : {}),
      ...(req.owner ? { owner: req.owner } : {}),
    };
    try {
      const record = await store.runImport(
        {
          id,
          kind: req.importer.kind,
          importer: req.importer.name,
          importerVersion: req.importer.version,
          fileName,
          sha256,
          bytes,
          user: actor.user,
          startedAt: new Date().toISOString(),
          options,
        },
        (sink) =>
          req.importer.run(
            {
              path: req.path,
              fileName,
              sha256,
              bytes,
              tmpDir,
              limits,
              ...(region ? { region } : {}),
              ...(tz ? { tz } : {}),
              ...(req.owner ? { owner: req.owner } : {}),
            },
            parsed.data,
            sink,
            req.progress ?? (() => undefined),
          ),
        auditEntry(actor, {
          operation: 'collection',
          action: `import ${req.importer.kind}`,
          caseName: caseInfo.name,
          casePurpose: caseInfo.purpose,
          records: [id],
          detail: { file: fileName, sha256 },
        }),
      );
      return { status: 'imported', record };
    } finally {
      await rm(tmpDir, { recursive: true, force: true });
    }
  });
}

async function statInput(path: string): Promise<{ isDirectory: boolean; bytes: number }> {
  try {
    const s = await stat(path);
    return { isDirectory: s.isDirectory(), bytes: s.size };
  } catch {
    throw new SkeinError('IMPORT_FILE_NOT_FOUND', `No such file or folder: ${path}`, { file: path });
  }
}
