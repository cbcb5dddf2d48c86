import { z } from 'zod';
import { DEFAULT_MAX_SQLITE_BYTES } from './sqlite-file.js';

/** Options of the Android and iOS database importers. */
export const MobileDbOptions = z.object({
  /** sql.js loads a database whole into memory; larger files are refused with `SQLITE_TOO_LARGE`. */
  maxSqliteBytes: z.number().int().positive().max(DEFAULT_MAX_SQLITE_BYTES).default(DEFAULT_MAX_SQLITE_BYTES),
});
export type MobileDbOptions = z.infer<typeof MobileDbOptions>;
