import { z } from 'zod';

export const ImporterInfo = z.object({
  kind: z.string(),
  name: z.string(),
  version: z.string(),
  acceptsFolder: z.boolean(),
  /** JSON Schema of the importer's options, rendered as a form. */
  options: z.record(z.string(), z.unknown()),
});
export const ImporterList = z.object({ importers: z.array(ImporterInfo) });
export type ImporterList = z.infer<typeof ImporterList>;

/** A file received and kept on disk until it is imported or expires. */
export const Upload = z.object({
  uploadId: z.string(),
  fileName: z.string(),
  bytes: z.number().int().nonnegative(),
  /** The importer kind the file looks like, when one is recognisable. */
  detectedKind: z.string().nullable(),
  /** The first lines of a text file, for the user to check the detected kind and layout. */
  preview: z.array(z.string()),
});
export type Upload = z.infer<typeof Upload>;

export const StartImportBody = z.object({
  uploadId: z.string().min(1),
  kind: z.string().min(1),
  options: z.record(z.string(), z.unknown()).default({}),
  region: z.string().length(2).optional(),
  tz: z.string().max(64).optional(),
  owner: z.string().max(64).optional(),
  force: z.boolean().default(false),
});
export type StartImportBody = z.input<typeof StartImportBody>;

export const ImportReport = z.object({
  id: z.string(),
  kind: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number(),
  user: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  rowsIn: z.number(),
  imported: z.number(),
  rejected: z.number(),
  notes: z.array(z.string()),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ImportJob = z.object({
  jobId: z.string(),
  state: z.enum(['running', 'done', 'failed']),
  done: z.number(),
  total: z.number().nullable(),
  unit: z.enum(['rows', 'bytes']),
  /** `already-imported` when the case held the same file and `force` was not set. */
  status: z.enum(['imported', 'already-imported']).nullable(),
  /** The import the job made (or found already made); its report is read with the import route. */
  importId: z.string().nullable(),
  error: z.object({ code: z.string(), message: z.string() }).nullable(),
});
export type ImportJob = z.infer<typeof ImportJob>;

export const ImportParams = z.object({ caseName: z.string().min(1).max(64), importId: z.string().min(1) });

export const JobParams = z.object({ caseName: z.string().min(1).max(64), jobId: z.string().min(1) });

export const ImportList = z.object({ imports: z.array(ImportReport) });
export type ImportList = z.infer<typeof ImportList>;

export const RejectRow = z.object({
  importId: z.string(),
  row: z.number(),
  field: z.string().optional(),
  code: z.string(),
  detail: z.string().optional(),
  raw: z.string(),
});
export type RejectRow = z.infer<typeof RejectRow>;

export const RejectsQuery = z.object({
  importId: z.string().optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
});
export const RejectList = z.object({ rejects: z.array(RejectRow) });
export type RejectList = z.infer<typeof RejectList>;
