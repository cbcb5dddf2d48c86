import { SkeinError } from '../../model/index.js';
import { detectSeparator, numberedLines, splitFields } from './csv-rows.js';
import type { EdgeInput } from './graph.js';

export interface ParsedMatrix {
  /** Node labels in header order, so isolates survive. */
  readonly nodes: readonly string[];
  /** One tie per non-zero cell (row → column); zero means no tie. */
  readonly edges: readonly EdgeInput[];
}

/**
 * Parses a square adjacency matrix (UCINET / CAVIAR style): header row of labels (first cell ignored), then
 * one row per label with numeric cells. Row labels must match the header order.
 * Throws `NETWORK_BAD_MATRIX_FILE` naming the file and row.
 */
export function parseAdjacencyMatrix(text: string, file: string): ParsedMatrix {
  const lines = numberedLines(text);
  const head = lines[0];
  if (head === undefined) throw new SkeinError('NETWORK_BAD_MATRIX_FILE', `${file}: empty matrix`, { file });
  const sep = detectSeparator(head.line);
  const nodes = splitFields(head.line, sep).slice(1);
  const bad = (row: number, why: string): SkeinError =>
    new SkeinError('NETWORK_BAD_MATRIX_FILE', `${file} row ${row}: ${why}`, { file, row });
  if (lines.length - 1 !== nodes.length) {
    throw bad(head.row, `header has ${nodes.length} labels but there are ${lines.length - 1} rows`);
  }
  const edges: EdgeInput[] = [];
  lines.slice(1).forEach(({ line, row }, i) => {
    const fields = splitFields(line, sep);
    if (fields[0] !== nodes[i]) throw bad(row, `row label "${fields[0]}" should be "${nodes[i]}"`);
    if (fields.length - 1 !== nodes.length)
      throw bad(row, `expected ${nodes.length} cells, got ${fields.length - 1}`);
    for (let j = 1; j < fields.length; j++) {
      const value = Number(fields[j] === '' ? '0' : fields[j]);
      if (!Number.isFinite(value) || value < 0)
        throw bad(row, `cell ${j} "${fields[j]}" is not a number >= 0`);
      if (value > 0) edges.push({ source: nodes[i]!, target: nodes[j - 1]!, weight: value });
    }
  });
  return { nodes, edges };
}
