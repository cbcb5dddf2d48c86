/** Delimiters operators use; detection picks the one that splits the most lines into the same count. */
export const DELIMITERS = [',', ';', '\t', '|'] as const;
export type Delimiter = (typeof DELIMITERS)[number];

function countOutsideQuotes(line: string, d: string): number {
  let n = 0;
  let quoted = false;
  for (const c of line) {
    if (c === '"') quoted = !quoted;
    else if (c === d && !quoted) n++;
  }
  return n;
}

/**
 * Scores each delimiter by the most common field count among the sample's lines (preamble lines differ,
 * data lines agree): score = lines sharing that count × (count). Ties go to the order of DELIMITERS.
 */
export function detectDelimiter(lines: readonly string[]): Delimiter {
  let best: Delimiter = ',';
  let bestScore = 0;
  for (const d of DELIMITERS) {
    const freq = new Map<number, number>();
    for (const l of lines) {
      const n = countOutsideQuotes(l, d);
      if (n > 0) freq.set(n, (freq.get(n) ?? 0) + 1);
    }
    let score = 0;
    for (const [count, lines_] of freq) score = Math.max(score, lines_ * Math.min(count, 40));
    if (score > bestScore) [best, bestScore] = [d, score];
  }
  return best;
}
