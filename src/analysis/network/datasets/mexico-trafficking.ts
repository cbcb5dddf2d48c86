import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseEdgeList } from '../edge-list-csv.js';
import type { NamedNetwork } from './named-network.js';

/** Roles that organise rather than execute: recruiters, exploiters and the corrupt officials. */
const ORGANISER_ROLES = /^(Reclutador|Explotador|Funcionario)/;

/** Human trafficking on Mexico's southern border (de la Mora et al.): 34 operators, every one with a role. */
export function loadMexicoTrafficking(root: string): NamedNetwork {
  const dir = join(root, 'mexico_human_trafficking_network');
  const file = join(dir, 'Data.txt');
  const edges = parseEdgeList(readFileSync(file, 'utf8'), file);
  const keyRoles = new Map<string, string>();
  for (const line of readFileSync(join(dir, 'labels.csv'), 'utf8')
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)) {
    const [id, role] = line.split(',');
    if (id !== undefined && role !== undefined && ORGANISER_ROLES.test(role.trim()))
      keyRoles.set(id, role.trim());
  }
  const nodes = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  return { name: 'Mexico trafficking', ties: 'operational ties', directed: false, nodes, edges, keyRoles };
}
