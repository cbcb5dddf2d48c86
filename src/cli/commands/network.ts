import { readFileSync } from 'node:fs';
import { SkeinError } from '../../model/index.js';
import {
  buildGraph,
  metricRows,
  NETWORK_METRICS,
  parseAdjacencyMatrix,
  parseEdgeList,
  type MetricRow,
  type NetworkMetric,
} from '../../analysis/network/index.js';
import type { Command } from 'commander';
import type { Graph } from '../../analysis/network/index.js';

const METRICS = NETWORK_METRICS;
type Metric = NetworkMetric;

interface NetworkFlags {
  readonly edges: string;
  readonly matrix?: boolean;
  readonly directed?: boolean;
  readonly weighted?: boolean;
  readonly top: string;
  readonly k: string;
  readonly json?: boolean;
}

type Row = MetricRow;

/** `skein network <metric>`: centrality, brokerage, communities and key players for an edge list or matrix. */
export function registerNetworkCommand(program: Command): void {
  program
    .command('network')
    .description('network analytics on an edge list (CSV source,target[,weight]) or adjacency matrix')
    .argument('<metric>', METRICS.join(' | '))
    .requiredOption('--edges <file>', 'edge list or, with --matrix, square adjacency matrix')
    .option('--matrix', 'the file is an adjacency matrix')
    .option('--directed', 'keep tie direction')
    .option('--weighted', 'path metrics treat a tie of weight w as 1/w long')
    .option('--top <n>', 'rows to show', '20')
    .option('--k <k>', 'key-player set size', '5')
    .option('--json', 'JSON rows instead of a table')
    .action((metric: string, flags: NetworkFlags) => {
      const rows = runNetworkMetric(metric, flags);
      if (flags.json === true) console.log(JSON.stringify(rows, null, 2));
      else console.log(formatTable(rows));
    });
}

/** Loads the file and computes `metric`; rows best first. Throws SkeinError on bad input, never a stack. */
export function runNetworkMetric(metric: string, flags: NetworkFlags): Row[] {
  if (!(METRICS as readonly string[]).includes(metric)) {
    throw new SkeinError(
      'NETWORK_UNKNOWN_METRIC',
      `unknown metric "${metric}"; use one of ${METRICS.join(', ')}`,
      {
        input: metric,
      },
    );
  }
  const top = positiveInt(flags.top, 'top');
  const g = loadGraph(flags);
  return metricRows(metric as Metric, g, {
    top,
    k: positiveInt(flags.k, 'k'),
    weighted: flags.weighted === true,
  });
}

function loadGraph(flags: NetworkFlags): Graph {
  let text: string;
  try {
    text = readFileSync(flags.edges, 'utf8');
  } catch {
    throw new SkeinError('NETWORK_BAD_EDGE_FILE', `cannot read ${flags.edges}`, { file: flags.edges });
  }
  const directed = flags.directed === true;
  if (flags.matrix === true) {
    const parsed = parseAdjacencyMatrix(text, flags.edges);
    return buildGraph(parsed.edges, { directed, nodes: parsed.nodes });
  }
  return buildGraph(parseEdgeList(text, flags.edges), { directed });
}

function positiveInt(text: string, name: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1) {
    throw new SkeinError('NETWORK_BAD_OPTION', `--${name} must be a positive integer, got "${text}"`, {
      field: name,
    });
  }
  return n;
}

function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)';
  const cols = Object.keys(rows[0]!);
  const cells = [cols, ...rows.map((r) => cols.map((c) => String(r[c] ?? '')))];
  const widths = cols.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
