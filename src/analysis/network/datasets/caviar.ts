import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAdjacencyMatrix } from '../adjacency-matrix-csv.js';
import type { EdgeInput } from '../graph.js';
import type { NamedNetwork } from './named-network.js';

/** Leaders and key roles per Morselli (2009) as listed in caviar/SOURCE.md. */
const CAVIAR_ROLES: readonly [string, string][] = [
  ['n1', 'Serero, mastermind'],
  ['n3', 'Perlini, lieutenant'],
  ['n12', 'Morales, cocaine organiser'],
  ['n83', 'A. Levy, investor'],
  ['n86', 'G. Levy, investor'],
  ['n85', 'W. Lee, accountant'],
  ['n6', 'Lino, broker'],
  ['n11', 'Rabbat, provider'],
  ['n76', 'Casale, recuperation'],
];

/** CAVIAR: 11 directed wiretap phases (cell = communications i→j); the network is all phases summed. */
export function loadCaviar(root: string): NamedNetwork {
  const slices = Array.from({ length: 11 }, (_, i) => {
    const file = join(root, 'caviar', `phase${i + 1}.csv`);
    const parsed = parseAdjacencyMatrix(readFileSync(file, 'utf8'), file);
    const edges: EdgeInput[] = parsed.edges.map((e) => ({
      ...e,
      source: `n${e.source}`,
      target: `n${e.target}`,
    }));
    return { label: `phase ${i + 1}`, edges };
  });
  const edges = slices.flatMap((s) => s.edges);
  const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return {
    name: 'CAVIAR (all phases)',
    ties: 'wiretapped communications',
    directed: true,
    nodes,
    edges,
    keyRoles: new Map(CAVIAR_ROLES),
    slices,
  };
}
