/** Prints a result: JSON for machines with --json, aligned columns for people otherwise. */
export function printRows(rows: readonly Record<string, unknown>[], json: boolean, empty = '(none)'): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return;
  }
  if (rows.length === 0) {
    process.stdout.write(`${empty}\n`);
    return;
  }
  const cols = [...new Set(rows.flatMap((r) => Object.keys(r)))];
  const cells = rows.map((r) => cols.map((c) => cellText(r[c])));
  const widths = cols.map((c, i) =>
    Math.min(48, Math.max(c.length, ...cells.map((row) => (row[i] ?? '').length))),
  );
  const line = (vals: readonly string[]): string =>
    vals
      .map((v, i) => v.slice(0, widths[i]).padEnd(widths[i] ?? 0))
      .join('  ')
      .trimEnd();
  process.stdout.write(
    `${[line(cols), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n')}\n`,
  );
}

export function printObject(obj: unknown, json: boolean, human: () => string): void {
  process.stdout.write(json ? `${JSON.stringify(obj, null, 2)}\n` : `${human()}\n`);
}

function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  // Control characters from hostile data must not reach the terminal as escape sequences.
  // eslint-disable-next-line no-control-regex
  return String(v).replace(/[\u0000-\u001f\u007f-\u009f]/g, ' ');
}
