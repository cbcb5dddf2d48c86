import { z } from 'zod';

/**
 * The JSON API contract shared by the server and the web client. These files import zod only, so the
 * browser bundle can use them; nothing here may import node-only code.
 */

/** Every error the API answers with: a stable code, a message, and where in the input it was found. */
export const ApiError = z.object({
  code: z.string(),
  message: z.string(),
  requestId: z.string(),
  location: z
    .object({
      file: z.string().optional(),
      row: z.number().optional(),
      field: z.string().optional(),
    })
    .optional(),
});
export type ApiError = z.infer<typeof ApiError>;

/** The header every API call carries: a cross-site page cannot set it without a CORS preflight we refuse. */
export const CLIENT_HEADER = 'x-skein-client';

export const CaseParams = z.object({ caseName: z.string().min(1).max(64) });
export type CaseParams = z.infer<typeof CaseParams>;

export const Empty = z.object({});
