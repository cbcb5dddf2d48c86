/** Where in an input an error was found: every user-facing error names the file, row and field it came from. */
export interface ErrorLocation {
  readonly file?: string;
  readonly row?: number;
  readonly field?: string;
  readonly input?: string;
}

/**
 * A user-facing failure with a stable code (`CASE_NOT_FOUND`, `CDR_BAD_TIMESTAMP`).
 * Tests assert the code, never the message.
 */
export class SkeinError extends Error {
  override readonly name = 'SkeinError';
  constructor(
    readonly code: string,
    message: string,
    readonly location: ErrorLocation = {},
  ) {
    super(message);
  }
}

export const isSkeinError = (e: unknown): e is SkeinError => e instanceof SkeinError;
