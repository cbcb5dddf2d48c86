/** One CSV-like line split into trimmed fields; quotes stripped, `,` `;` tab or runs of spaces as separator. */
export function splitFields(line: string, separator: RegExp): string[] {
  return line.split(separator).map((f) =>
    f
      .trim()
      .replace(/^"(.*)"$/, '$1')
      .trim(),
  );
}

/** Picks the separator from the first line: comma, semicolon, tab, else whitespace. */
export function detectSeparator(firstLine: string): RegExp {
  if (firstLine.includes(',')) return /,/;
  if (firstLine.includes(';')) return /;/;
  if (firstLine.includes('\t')) return /\t/;
  return /\s+/;
}

/** Non-empty lines with their 1-based line numbers; a UTF-8 BOM is dropped. */
export function numberedLines(text: string): { line: string; row: number }[] {
  return text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .map((line, i) => ({ line, row: i + 1 }))
    .filter((l) => l.line.trim() !== '' && !l.line.startsWith('#'));
}
