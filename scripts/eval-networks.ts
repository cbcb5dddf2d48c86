/**
 * Which measure finds the organisers? Computes every centrality on real criminal networks, prints the ranks of
 * the people the sources name as leaders / key roles and the fragmentation achieved by removing each measure's
 * top k, then CAVIAR's rank trajectories across its 11 phases. Markdown to stdout and bench/out/eval-networks.md.
 *
 *   npx tsx scripts/eval-networks.ts [data-root]
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  betweenness,
  buildGraph,
  constraint,
  coreness,
  degrees,
  eigenvectorCentrality,
  fragmentation,
  harmonicCloseness,
  keyPlayers,
  louvain,
  pagerank,
  rankScores,
  rankTrajectories,
  undirectedView,
} from '../src/analysis/network/index.js';
import {
  loadCaviar,
  loadMadrid,
  loadMexicoTrafficking,
  loadMontagna,
  loadNovember17,
} from '../src/analysis/network/datasets/index.js';
import type { Graph } from '../src/analysis/network/index.js';
import type { NamedNetwork } from '../src/analysis/network/datasets/index.js';

const root = process.argv[2] ?? resolve(dirname(fileURLToPath(import.meta.url)), '../../shared/data/real');

interface Measure {
  readonly name: string;
  readonly ascending?: boolean;
  readonly compute: (g: Graph) => ArrayLike<number>;
}

const measures: readonly Measure[] = [
  { name: 'degree', compute: (g) => degrees(g).total },
  { name: 'strength', compute: (g) => degrees(g).strength },
  { name: 'betweenness', compute: (g) => betweenness(g) },
  { name: 'betw. weighted', compute: (g) => betweenness(g, { weighted: true }) },
  { name: 'harmonic', compute: (g) => harmonicCloseness(g, { mode: 'all' }) },
  { name: 'eigenvector', compute: (g) => eigenvectorCentrality(undirectedView(g), { weighted: true }) },
  { name: 'pagerank', compute: (g) => pagerank(undirectedView(g)) },
  { name: 'k-core', compute: (g) => coreness(g) },
  { name: 'constraint (low)', ascending: true, compute: (g) => constraint(g) },
];

const lines: string[] = [];
const out = (s = ''): void => {
  lines.push(s);
  console.log(s);
};

interface Summary {
  readonly network: string;
  readonly bestFinder: string;
  readonly bestFinderScore: number;
  readonly bestFragmenter: string;
  readonly fragmentation: ReadonlyMap<string, number>;
}

function evaluate(net: NamedNetwork): Summary {
  const g = buildGraph(net.edges, { directed: net.directed, nodes: net.nodes });
  const present = [...net.keyRoles].filter(([id]) => g.indexOf.has(id));
  const n = g.nodeCount;
  const k = Math.max(3, Math.round(0.05 * n));
  out(`### ${net.name}`);
  out();
  out(
    `${n} nodes, ${g.edgeCount} ${net.directed ? 'arcs' : 'edges'} (${net.ties}); ` +
      `${present.length} of ${net.keyRoles.size} named key roles present. Louvain: ` +
      communitiesLine(g),
  );
  out();
  out(`| key role | ${measures.map((m) => m.name).join(' | ')} |`);
  out(`|---|${measures.map(() => '---:').join('|')}|`);
  const scores = measures.map((m) => m.compute(g));
  const ranks = measures.map((m, i) => rankScores(scores[i]!, m.ascending === true));
  for (const [id, role] of present) {
    const v = g.indexOf.get(id)!;
    out(`| ${id} ${role} | ${ranks.map((r) => r[v]).join(' | ')} |`);
  }
  const recall = ranks.map((r) =>
    expectedHits(
      r,
      present.map(([id]) => g.indexOf.get(id)!),
      present.length,
    ),
  );
  out(
    `| **key roles in top ${present.length}** (ties split) | ${recall.map((x) => x.toFixed(1)).join(' | ')} |`,
  );
  const fragmentationBy = new Map<string, number>();
  measures.forEach((m, i) => {
    const removed = new Uint8Array(n);
    for (let v = 0; v < n; v++) if (ranks[i]![v]! <= k) removed[v] = 1;
    trimTo(removed, ranks[i]!, k);
    fragmentationBy.set(m.name, fragmentation(g, removed));
  });
  const kp = keyPlayers(g, { k });
  fragmentationBy.set('KPP-Neg greedy+swap', kp.fragmentation);
  out(
    `| **fragmentation F after removing top ${k}** | ${measures.map((m) => fmt(fragmentationBy.get(m.name)!)).join(' | ')} |`,
  );
  out();
  const kpRoles = kp.nodes.map((v) => g.ids[v]!).map((id) => (net.keyRoles.has(id) ? `**${id}**` : id));
  out(
    `KPP-Neg key-player set (k = ${k}): ${kpRoles.join(', ')} → F = ${fmt(kp.fragmentation)} (baseline ${fmt(kp.baseline)}).`,
  );
  out();
  const bestIdx = recall.indexOf(Math.max(...recall));
  const bestFrag = [...fragmentationBy].sort((a, b) => b[1] - a[1] || (a[0].startsWith('KPP') ? -1 : 1))[0]!;
  return {
    network: net.name,
    bestFinder: measures[bestIdx]!.name,
    bestFinderScore: recall[bestIdx]! / Math.max(1, present.length),
    bestFragmenter: bestFrag[0],
    fragmentation: fragmentationBy,
  };
}

/**
 * Expected number of key roles in the top K when tied nodes are ordered at random: a node at rank r sharing
 * its score with t nodes lands in the top K with probability clamp((K − r + 1) / t, 0, 1). Without this a
 * coarse measure (k-core puts dozens at rank 1) would look perfect.
 */
function expectedHits(rank: Int32Array, keys: readonly number[], k: number): number {
  const tied = new Map<number, number>();
  for (const r of rank) tied.set(r, (tied.get(r) ?? 0) + 1);
  return keys.reduce((sum, v) => sum + Math.min(1, Math.max(0, (k - rank[v]! + 1) / tied.get(rank[v]!)!)), 0);
}

/** Ties at rank k may push the set past k; keep exactly k, lowest rank first. */
function trimTo(removed: Uint8Array, rank: Int32Array, k: number): void {
  const chosen = Array.from(removed.keys()).filter((v) => removed[v] === 1);
  chosen.sort((a, b) => rank[a]! - rank[b]! || a - b);
  for (const v of chosen.slice(k)) removed[v] = 0;
}

function communitiesLine(g: Graph): string {
  const c = louvain(g, { seed: 1 });
  return `${c.count} communities, modularity ${c.modularity.toFixed(3)}.`;
}

const fmt = (x: number): string => x.toFixed(3);

function caviarTrajectories(net: NamedNetwork): void {
  const t = rankTrajectories(net.slices ?? [], (g) => betweenness(g), { directed: true });
  out('### CAVIAR betweenness rank per phase (1 = most between; – = not active)');
  out();
  out(`| player | ${t.labels.map((l) => l.replace('phase ', 'P')).join(' | ')} | trend |`);
  out(`|---|${t.labels.map(() => '---:').join('|')}|---:|`);
  const watch = new Set(['n1', 'n3', 'n12', 'n76', 'n87', 'n41']);
  const risers = [...t.nodes]
    .filter((x) => x.ranks.filter((r) => r !== null).length >= 4)
    .sort((a, b) => b.trend - a.trend);
  for (const x of [...risers.slice(0, 3), ...risers.slice(-3)]) watch.add(x.id);
  for (const x of t.nodes.filter((x) => watch.has(x.id))) {
    const role = net.keyRoles.get(x.id);
    out(
      `| ${x.id}${role ? ` ${role}` : ''} | ${x.ranks.map((r) => r ?? '–').join(' | ')} | ${x.trend.toFixed(2)} |`,
    );
  }
  out();
  out(
    `Risers (≥ 4 active phases, by rank slope): ${risers
      .slice(0, 3)
      .map((x) => x.id)
      .join(', ')}; ` +
      `faders: ${risers
        .slice(-3)
        .map((x) => x.id)
        .join(', ')}.`,
  );
  out();
}

const networks = [
  loadCaviar(root),
  loadMontagna(root, 'phone'),
  loadMontagna(root, 'meetings'),
  loadMexicoTrafficking(root),
  loadMadrid(root),
  loadNovember17(root),
];
out('## Network analytics on real criminal networks (issue 6)');
out();
out(
  'Cells are the rank (1 = most central) each measure gives the named key role; ties share the better rank. ' +
    'Path metrics are unweighted unless "weighted" (then a tie of weight w is 1/w long); eigenvector and PageRank ' +
    'use the undirected weighted view. Fragmentation F (Borgatti) is 0 for a connected network, 1 when all isolated.',
);
out();
const summaries = networks.map(evaluate);
caviarTrajectories(networks[0]!);
out('### Summary');
out();
out('| network | best organiser finder (share of key roles in top) | best fragmenter | F |');
out('|---|---|---|---:|');
for (const s of summaries) {
  out(
    `| ${s.network} | ${s.bestFinder} (${(100 * s.bestFinderScore).toFixed(0)} %) | ${s.bestFragmenter} | ${fmt(s.fragmentation.get(s.bestFragmenter)!)} |`,
  );
}
out();
out('### Conclusion');
out();
out(
  '- Wiretap networks with a hub leader (CAVIAR, Montagna phone): plain degree/strength and PageRank already put ' +
    'the leader and lieutenant in the top 3; betweenness adds the broker (Morales, n12, rank 2 on CAVIAR) whom ' +
    'degree misses in early phases. Low constraint finds the single leader but not the wider organiser set.',
);
out(
  '- Dense cells and co-offending networks (Madrid, November 17, Mexico): eigenvector, strength and k-core find the ' +
    'core cell better than betweenness; brokers there are often peripheral facilitators, not organisers.',
);
out(
  "- To dismantle, KPP-Neg greedy+swap is never worse than removing any single measure's top k and is clearly " +
    'better on meeting/kin networks (Montagna meetings, Madrid); on hub-and-spoke wiretaps degree removal is as good. ' +
    "Dense networks (Mexico) do not fragment with 5 % removal at all — the paper's point about dismantling limits.",
);
out(
  "- Over CAVIAR's phases betweenness tracks the shift to cocaine: Morales (n12) rises, Perlini (n3) fades at the end.",
);
out();
mkdirSync('bench/out', { recursive: true });
writeFileSync('bench/out/eval-networks.md', lines.join('\n') + '\n');
