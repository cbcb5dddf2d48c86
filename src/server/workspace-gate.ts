/**
 * Runs workspace work one piece at a time. DuckDB's file lock keeps other processes out, but two
 * handles to one file inside this process would both open it and corrupt each other's reads, so every
 * request and import that touches the workspace passes through this gate.
 */
export class WorkspaceGate {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(work: () => Promise<T>): Promise<T> {
    const next = this.tail.then(work, work);
    this.tail = next.catch(() => undefined);
    return next;
  }
}
