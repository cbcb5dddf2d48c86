import { z } from 'zod';

/** Options of the WhatsApp importer; every field is optional except where the file needs one. */
export const WhatsAppOptions = z.object({
  /** Used only when the whole file never settles day-month order. */
  dateOrder: z.enum(['day-first', 'month-first']).optional(),
  /** The exporting phone's number; overrides `input.owner`. */
  owner: z.string().min(1).optional(),
  /** The name the exporter's own messages appear under, so they are attributed to `owner`. */
  ownerName: z.string().min(1).optional(),
  /** The chat's name; by default the iOS notice's name or the file name. */
  chatName: z.string().min(1).optional(),
  /** `auto` decides from participants and notices (see README). */
  chatType: z.enum(['auto', 'individual', 'group']).default('auto'),
});
export type WhatsAppOptions = z.infer<typeof WhatsAppOptions>;
