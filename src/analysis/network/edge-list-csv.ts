import { SkeinError } from '../../model/index.js';
import { detectSeparator, numberedLines, splitFields } from './csv-rows.js';
import type { EdgeInput } from './graph.js';

/**
 * Parses a researcher's edge list: `source,target[,weight]` per line, comma/semicolon/tab/space separated,
 * optional header (recognised by a non-numeric weight column or `source` as first field).
 * Throws `NETWORK_BAD_EDGE_FILE` naming the file and row.
 */
export function parseEdgeList(text: string, file: string): EdgeInput[] {
  const lines = numberedLines(text);
  if (lines.length === 0) throw new SkeinError('NETWORK_BAD_EDGE_FILE', `${file}: no edges`, { file });
  const sep = detectSeparator(lines[0]!.line);
  const edges: EdgeInput[] = [];
  lines.forEach(({ line, row }, i) => {
    const fields = splitFields(line, sep);
    if (i === 0 && isHeader(fields)) return;
    const [source, target, weightText] = fields;
    if (source === undefined || target === undefined || source === '' || target === '') {
      throw new SkeinError('NETWORK_BAD_EDGE_FILE', `${file} row ${row}: expected source,target[,weight]`, {
        file,
        row,
      });
    }
    if (weightText === undefined || weightText === '') {
      edges.push({ source, target });
      return;
    }
    const weight = Number(weightText);
    if (!Number.isFinite(weight) || weight < 0) {
      throw new SkeinError(
        'NETWORK_BAD_EDGE_FILE',
        `${file} row ${row}: weight "${weightText}" is not >= 0`,
        {
          file,
          row,
          field: 'weight',
        },
      );
    }
    edges.push({ source, target, weight });
  });
  return edges;
}

function isHeader(fields: readonly string[]): boolean {
  const first = fields[0]?.toLowerCase() ?? '';
  if (['source', 'from', 'src', 'caller', 'node1'].includes(first)) return true;
  const w = fields[2];
  return w !== undefined && w !== '' && Number.isNaN(Number(w));
}
