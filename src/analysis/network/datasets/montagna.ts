import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEdgeList } from '../edge-list-csv.js';
import type { NamedNetwork } from './named-network.js';

/** Montagna (Cavallaro et al. 2020): bosses, underboss and executives from the coded attributes file. */
export function loadMontagna(root: string, layer: 'phone' | 'meetings'): NamedNetwork {
  const dir = join(root, 'montagna_sicilian_mafia');
  const file = join(
    dir,
    layer === 'phone' ? 'Montagna_phonecalls_edgelist.csv' : 'Montagna_meetings_edgelist.csv',
  );
  const edges = parseEdgeList(readFileSync(file, 'utf8'), file).map((e) => ({
    ...e,
    source: `N${e.source}`,
    target: `N${e.target}`,
  }));
  const attrFile = join(dir, 'mcmacdonald_montagna_attributes.csv');
  const keyRoles = new Map<string, string>();
  for (const line of readFileSync(attrFile, 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .slice(1)) {
    const [node, family, title] = line.split(',');
    if (node && (title === 'boss' || title === 'underboss' || title === 'executive')) {
      keyRoles.set(node, `${title} (${family})`);
    }
  }
  const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return {
    name: `Montagna ${layer}`,
    ties: layer === 'phone' ? 'wiretapped phone calls' : 'observed meetings',
    directed: layer === 'phone',
    nodes,
    edges,
    keyRoles,
  };
}
