/**
 * Counts events with the same kind, parties and start. Event ids are derived from those fields
 * (see model/record-ids.ts), and WhatsApp Android stamps have minute resolution, so two messages a
 * sender posts in one minute need their ordinal in the id to stay two events. Times are never altered.
 */
export class TieBreaker {
  private at = Number.NaN;
  private readonly seen = new Map<string, number>();

  /** 0 for the first event with these fields at this start, 1 for the next, and so on. */
  ordinal(startUtcMs: number, ...parts: readonly (string | undefined)[]): number {
    if (startUtcMs !== this.at) {
      this.seen.clear();
      this.at = startUtcMs;
    }
    const key = parts.map((p) => p ?? '').join('\u001f');
    const n = this.seen.get(key) ?? 0;
    this.seen.set(key, n + 1);
    return n;
  }
}
