import { z } from 'zod';

/** Where a value came from inside its source file: a row (1-based line/record), or an element path. */
export const SourceRef = z.object({
  importId: z.string(),
  /** 1-based row, line or record number within the file, or element ordinal for XML/JSON. */
  row: z.number().int().nonnegative(),
  /** For structured sources, the element path (e.g. `decodedData/modelType[Call]/model[17]`). */
  path: z.string().optional(),
});
export type SourceRef = z.infer<typeof SourceRef>;

/** One import batch: the file it read and how. */
export const ImportRecord = z.object({
  id: z.string(),
  caseName: z.string(),
  kind: z.string(),
  importer: z.string(),
  importerVersion: z.string(),
  fileName: z.string(),
  sha256: z.string(),
  bytes: z.number().int().nonnegative(),
  user: z.string(),
  startedAt: z.string(),
  finishedAt: z.string().optional(),
  rowsIn: z.number().int().nonnegative(),
  imported: z.number().int().nonnegative(),
  rejected: z.number().int().nonnegative(),
  options: z.record(z.string(), z.unknown()),
  notes: z.array(z.string()),
});
export type ImportRecord = z.infer<typeof ImportRecord>;

/** A row that could not be imported, with the field and a stable code saying why. */
export const RejectRecord = z.object({
  importId: z.string(),
  row: z.number().int().nonnegative(),
  field: z.string().optional(),
  code: z.string(),
  detail: z.string().optional(),
  raw: z.string(),
});
export type RejectRecord = z.infer<typeof RejectRecord>;
