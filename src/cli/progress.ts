import type { ProgressFn } from '../ingest/index.js';

/** Progress on stderr, at most once a second, so stdout stays clean for --json. */
export function stderrProgress(label: string): ProgressFn {
  let last = 0;
  return (done, total, unit) => {
    const now = Date.now();
    if (now - last < 1000) return;
    last = now;
    const of = total !== undefined ? ` of ${total}` : '';
    process.stderr.write(`${label}: ${done}${of} ${unit}\n`);
  };
}
