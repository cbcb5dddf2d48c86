import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { EdgeInput } from '../graph.js';
import type { NamedNetwork } from './named-network.js';

/**
 * Madrid 11-M (JJATT): a tie weighs its strongest coded strength (1–3) over all periods. Names are withheld,
 * so the key roles are the seven who died at Leganés (3 April 2004), the operational core of the cell.
 */
export function loadMadrid(root: string): NamedNetwork {
  const dir = join(root, 'madrid_train_bombing_2004');
  const rows = (file: string): string[][] =>
    readFileSync(join(dir, file), 'utf8')
      .replace(/^\uFEFF/, '')
      .split(/\r?\n/)
      .filter((l) => l.trim() !== '')
      .map((l) => l.split(','));
  const strongest = new Map<string, EdgeInput>();
  for (const r of rows('Madrid_Relations_Public_Version2.csv').slice(1)) {
    const [a, b] = [r[2]!, r[3]!].sort();
    const strength = Math.max(0, ...r.slice(7).map((c) => Number(c) || 0));
    if (a === undefined || b === undefined || a === b || strength === 0) continue;
    const key = `${a}|${b}`;
    const prev = strongest.get(key);
    if (prev === undefined || (prev.weight ?? 0) < strength)
      strongest.set(key, { source: a, target: b, weight: strength });
  }
  const keyRoles = new Map<string, string>();
  const nodes: string[] = [];
  for (const r of rows('Madrid_Nodes_Public_Version2.csv').slice(1)) {
    nodes.push(r[0]!);
    if ((r[5] ?? '').startsWith('4/3/2004')) keyRoles.set(r[0]!, 'died at Leganés');
  }
  return {
    name: 'Madrid 11-M',
    ties: 'acquaintance to kin',
    directed: false,
    nodes,
    edges: [...strongest.values()],
    keyRoles,
  };
}
