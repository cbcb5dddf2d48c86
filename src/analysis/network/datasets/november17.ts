import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseAdjacencyMatrix } from '../adjacency-matrix-csv.js';
import type { NamedNetwork } from './named-network.js';

/** November 17 (Rhodes & Jones 2009): key roles are members coded Role = 1, "gives orders". */
export function loadNovember17(root: string): NamedNetwork {
  const dir = join(root, 'corenets_dark_networks', 'november17');
  const file = join(dir, 'RHODESBOMBING.csv');
  const parsed = parseAdjacencyMatrix(readFileSync(file, 'utf8'), file);
  const keyRoles = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'RHODESBOMBING_ATTR.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)) {
    const [name, role] = line.split(',');
    if (name !== undefined && role === '1') keyRoles.set(name, 'gives orders');
  }
  return {
    name: 'November 17',
    ties: 'known association',
    directed: false,
    nodes: parsed.nodes,
    edges: parsed.edges.filter((e) => e.source < e.target),
    keyRoles,
  };
}
