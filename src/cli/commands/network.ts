import { readFileSync } from 'node:fs';
import { SkeinError } from '../../model/index.js';
import {
  betweenness,
  buildGraph,
  closeness,
  constraint,
  coreness,
  degrees,
  eigenvectorCentrality,
  harmonicCloseness,
  keyPlayers,
  louvain,
  pagerank,
  parseAdjacencyMatrix,
  parseEdgeList,
  topNodes,
  undirectedView,
} from '../../analysis/network/index.js';
import type { Command } from 'commander';
import type { Graph } from '../../analysis/network/index.js';

const METRICS = [
  'degree',
  'betweenness',
  'closeness',
  'harmonic',
  'eigenvector',
  'pagerank',
  'kcore',
  'constraint',
  'communities',
  'key-players',
] as const;
type Metric = (typeof METRICS)[number];

interface NetworkFlags {
  readonly edges: string;
  readonly matrix?: boolean;
  readonly directed?: boolean;
  readonly weighted?: boolean;
  readonly top: string;
  readonly k: string;
  readonly json?: boolean;
}

type Row = Record<string, string | number>;

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
  return compute(metric as Metric, g, top, positiveInt(flags.k, 'k'), flags.weighted === true);
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

function compute(metric: Metric, g: Graph, top: number, k: number, weighted: boolean): Row[] {
  const ranked = (scores: ArrayLike<number>, ascending = false): Row[] =>
    topNodes(g, scores, top, ascending).map((r) => ({ rank: r.rank, node: r.id, score: round(r.score) }));
  switch (metric) {
    case 'degree': {
      const d = degrees(g);
      return topNodes(g, d.total, top).map((r) => {
        const v = g.indexOf.get(r.id)!;
        return {
          rank: r.rank,
          node: r.id,
          degree: d.total[v]!,
          in: d.in[v]!,
          out: d.out[v]!,
          strength: d.strength[v]!,
        };
      });
    }
    case 'betweenness':
      return ranked(betweenness(g, { weighted }));
    case 'closeness':
      return ranked(closeness(g, { weighted, mode: 'all' }));
    case 'harmonic':
      return ranked(harmonicCloseness(g, { weighted, mode: 'all' }));
    case 'eigenvector':
      return ranked(eigenvectorCentrality(undirectedView(g), { weighted: true }));
    case 'pagerank':
      return ranked(pagerank(g));
    case 'kcore':
      return ranked(coreness(g));
    case 'constraint':
      return ranked(constraint(g), true);
    case 'communities':
      return communityRows(g, top);
    case 'key-players': {
      const kp = keyPlayers(g, { k });
      return kp.nodes.map((v, i) => ({
        order: i + 1,
        node: g.ids[v]!,
        fragmentation: round(kp.fragmentation),
      }));
    }
    default: {
      const unreachable: never = metric;
      return unreachable;
    }
  }
}

function communityRows(g: Graph, top: number): Row[] {
  const c = louvain(g, { seed: 1 });
  const members = new Map<number, string[]>();
  c.membership.forEach((m, v) => members.set(m, [...(members.get(m) ?? []), g.ids[v]!]));
  return [...members.values()]
    .sort((a, b) => b.length - a.length)
    .slice(0, top)
    .map((nodes, i) => ({
      community: i + 1,
      size: nodes.length,
      modularity: round(c.modularity),
      members: nodes.join(' '),
    }));
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

const round = (x: number): number => (Number.isFinite(x) ? Math.round(x * 1e6) / 1e6 : x);

function formatTable(rows: readonly Row[]): string {
  if (rows.length === 0) return '(no rows)';
  const cols = Object.keys(rows[0]!);
  const cells = [cols, ...rows.map((r) => cols.map((c) => String(r[c] ?? '')))];
  const widths = cols.map((_, i) => Math.max(...cells.map((r) => (r[i] ?? '').length)));
  return cells.map((r) => r.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}
