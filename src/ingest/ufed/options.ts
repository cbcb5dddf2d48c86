import { z } from 'zod';

/** Options of the UFED importer. */
export const UfedOptions = z.object({
  /** `include` keeps models UFED marks Deleted (flagged in props), `skip` counts them as skipped. */
  deleted: z.enum(['include', 'skip']).default('include'),
});
export type UfedOptions = z.infer<typeof UfedOptions>;
