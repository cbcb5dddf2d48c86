import { z } from 'zod';

/** Options of the `cdr` importer (also the base of `towerdump`). */
export const CdrOptions = z
  .object({
    /** A shipped profile name or a path to a profile JSON file. */
    profile: z.string().optional(),
    tz: z.string().optional(),
    region: z.string().length(2).optional(),
    /** Day-month order when the data cannot settle it. */
    dateOrder: z.enum(['dmy', 'mdy', 'ymd']).optional(),
    /** The billed number when the file does not carry it in a column. */
    target: z.string().optional(),
    encoding: z.enum(['utf-8', 'utf-16le', 'utf-16be', 'windows-1252', 'windows-1256']).optional(),
    delimiter: z.enum([',', ';', '\t', '|']).optional(),
    sheet: z.string().optional(),
    /** Accepted for the CLI's sake; a dry run never reaches the importer (see cli/commands/import-cdr.ts). */
    dryRun: z.boolean().optional(),
  })
  .strict();
export type CdrOptions = z.infer<typeof CdrOptions>;
