/** What every analysis returns: rows best-first, and a note saying why when there are none (or they were cut). */
export interface CommsResult<R> {
  readonly rows: readonly R[];
  readonly note?: string;
}

/** A result with a note only when `note` is set. */
export function result<R>(rows: readonly R[], note?: string): CommsResult<R> {
  return note === undefined ? { rows } : { rows, note };
}
