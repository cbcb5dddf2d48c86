import { z } from 'zod';

/** Options of the Telegram importer. */
export const TelegramOptions = z.object({
  /** The exporting account's Telegram user id, when the export has no `personal_information`. */
  selfUserId: z.union([z.string().regex(/^(user)?\d+$/u), z.number().int().nonnegative()]).optional(),
});
export type TelegramOptions = z.infer<typeof TelegramOptions>;
