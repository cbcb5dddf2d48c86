/**
 * How bench:comms times a query, the same for Skein and the PostgreSQL peer (and, in Python, pandas):
 * untimed warm-up calls (one, and up to `warmups` while they stay within `budgetMs`), then at least `minRuns` timed calls, more until `budgetMs` is spent, and the
 * median. A sub-millisecond lookup then gets enough runs that one collection pause or one JIT tier-up does
 * not decide its figure, while a slow query still runs only `minRuns` times.
 */
export interface TimingPolicy {
  readonly warmups: number;
  readonly minRuns: number;
  readonly budgetMs: number;
  readonly maxRuns: number;
}

export const TIMING: TimingPolicy = { warmups: 3, minRuns: 5, budgetMs: 1000, maxRuns: 200 };

export async function medianMs<T>(
  run: () => Promise<T>,
  p: TimingPolicy = TIMING,
): Promise<{ ms: number; runs: number; last: T }> {
  const t0 = performance.now();
  let last = await run();
  for (let i = 1; i < p.warmups && performance.now() - t0 < p.budgetMs; i++) last = await run();
  const times: number[] = [];
  let spent = 0;
  while (times.length < p.minRuns || (spent < p.budgetMs && times.length < p.maxRuns)) {
    const t = performance.now();
    last = await run();
    const ms = performance.now() - t;
    times.push(ms);
    spent += ms;
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)] as number, runs: times.length, last };
}
