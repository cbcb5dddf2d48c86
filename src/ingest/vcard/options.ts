import { z } from 'zod';

/** Options of the vCard importer. */
export const VCardOptions = z.object({
  /** The phone whose address book this is; overrides `input.owner`. */
  owner: z.string().min(1).optional(),
});
export type VCardOptions = z.infer<typeof VCardOptions>;
