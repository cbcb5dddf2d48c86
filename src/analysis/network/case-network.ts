import { z } from 'zod';
import type { CaseEdge, GraphQueries, NodeInfo } from '../../store/index.js';
import { egoNetwork } from './ego-network.js';
import { buildGraph, type EdgeInput, type Graph } from './graph.js';
import { metricRows, NETWORK_METRICS, type MetricRow } from './metric-rows.js';

const COMMUNICATION = ['call', 'sms', 'mms', 'message'] as const;
const TIES = ['uses', 'owns', 'member-of', 'associate', 'family', 'travelled-with'] as const;
const HOLDS = new Set(['uses', 'owns']);

/** What an analyst asks of a case's network. Defaults: PageRank, the measure that did best on wiretaps. */
export const CaseNetworkRequest = z.object({
  metric: z.enum(NETWORK_METRICS).default('pagerank'),
  from: z.iso.datetime({ offset: true }).optional(),
  to: z.iso.datetime({ offset: true }).optional(),
  eventKinds: z.array(z.enum(COMMUNICATION)).default([...COMMUNICATION]),
  linkKinds: z.array(z.enum(TIES)).default([...TIES]),
  /** Read phones and accounts as the persons who use them, so the chart shows people talking to people. */
  projectPersons: z.boolean().default(false),
  /** Keep only nodes of these entity kinds (after projection). */
  entityKinds: z.array(z.string()).optional(),
  directed: z.boolean().default(false),
  top: z.number().int().positive().max(10_000).default(20),
  k: z.number().int().positive().max(100).default(5),
});
export type CaseNetworkRequest = z.input<typeof CaseNetworkRequest>;

export interface CaseNetworkResult {
  readonly metric: string;
  readonly nodeCount: number;
  readonly edgeCount: number;
  /** Rows best first; `node` is an entity id, with its `label` and `kind`. */
  readonly rows: readonly MetricRow[];
  /** Why the rows are empty, when they are. */
  readonly note?: string;
}

/** Builds the case's weighted graph under the request's filters and ranks its nodes by the metric. */
export async function caseNetwork(q: GraphQueries, raw: CaseNetworkRequest): Promise<CaseNetworkResult> {
  const req = CaseNetworkRequest.parse(raw);
  const { g, info } = await caseGraph(q, req);
  const rows = metricRows(req.metric, g, { top: req.top, k: req.k, weighted: false });
  const labelled = await labelRows(rows, q, info);
  return { metric: req.metric, nodeCount: g.nodeCount, edgeCount: g.edgeCount, rows: labelled };
}

/**
 * Everyone within `radius` ties of the ego in the case graph, nearest first. With projection the ego
 * phone is read as its person, as every other node is.
 */
export async function caseEgo(
  q: GraphQueries,
  egoId: string,
  radius: number,
  raw: CaseNetworkRequest,
): Promise<CaseNetworkResult> {
  const req = CaseNetworkRequest.parse(raw);
  const { g, info } = await caseGraph(q, req);
  const ego = req.projectPersons ? projectedId(egoId, info, true) : egoId;
  if (!g.indexOf.has(ego)) {
    const note = 'The subject has no ties in this window with these kinds of events and links.';
    return { metric: 'ego', nodeCount: 0, edgeCount: 0, rows: [], note };
  }
  const net = egoNetwork(g, ego, radius);
  const rows = net.nodes.slice(0, req.top).map((node) => ({ node, distance: net.distance.get(node) ?? 0 }));
  const labelled = await labelRows(rows, q, info);
  return { metric: 'ego', nodeCount: net.nodes.length, edgeCount: net.edges.length, rows: labelled };
}

async function caseGraph(
  q: GraphQueries,
  req: z.infer<typeof CaseNetworkRequest>,
): Promise<{ g: Graph; info: Map<string, NodeInfo> }> {
  const edges = await q.caseEdges({
    eventKinds: req.eventKinds,
    linkKinds: req.linkKinds,
    ...(req.from ? { fromMs: Date.parse(req.from) } : {}),
    ...(req.to ? { toMs: Date.parse(req.to) } : {}),
  });
  const ends = [...new Set(edges.flatMap((e) => [e.source, e.target]))];
  const info = new Map((await q.nodeInfo(ends)).map((n) => [n.id, n]));
  const inputs = toEdgeInputs(edges, info, req.projectPersons, req.entityKinds);
  return { g: buildGraph(inputs, { directed: req.directed, weightBy: 'count' }), info };
}

/** A phone used by exactly one person is that person once projected; a shared phone stays itself. */
function projectedId(id: string, info: ReadonlyMap<string, NodeInfo>, project: boolean): string {
  const users = info.get(id)?.users ?? [];
  return project && users.length === 1 && users[0] !== undefined ? users[0] : id;
}

/**
 * With projection, a phone used by exactly one person becomes that person; a phone shared by several
 * persons stays a phone, since attributing its calls to any one of them would be a guess.
 */
function toEdgeInputs(
  edges: readonly CaseEdge[],
  info: ReadonlyMap<string, NodeInfo>,
  project: boolean,
  kinds: readonly string[] | undefined,
): EdgeInput[] {
  const as = (id: string): string => projectedId(id, info, project);
  const kindOf = (id: string): string | undefined => info.get(id)?.kind ?? (project ? 'person' : undefined);
  const out: EdgeInput[] = [];
  for (const e of edges) {
    if (project && HOLDS.has(e.kind)) continue;
    const source = as(e.source);
    const target = as(e.target);
    if (kinds && !(kinds.includes(kindOf(source) ?? '') && kinds.includes(kindOf(target) ?? ''))) continue;
    out.push({ source, target, count: e.count, duration: e.duration, kind: e.kind });
  }
  return out;
}

async function labelRows(
  rows: readonly MetricRow[],
  q: GraphQueries,
  known: ReadonlyMap<string, NodeInfo>,
): Promise<MetricRow[]> {
  const ids = new Set<string>();
  for (const r of rows) {
    if (typeof r.node === 'string') ids.add(r.node);
    if (typeof r.members === 'string') for (const m of r.members.split(' ')) ids.add(m);
  }
  const missing = [...ids].filter((id) => !known.has(id));
  const all = new Map(known);
  for (const n of await q.nodeInfo(missing)) all.set(n.id, n);
  const label = (id: string): string => all.get(id)?.label || id;
  return rows.map((r) => {
    if (typeof r.node === 'string') return { ...r, label: label(r.node), kind: all.get(r.node)?.kind ?? '' };
    if (typeof r.members === 'string') return { ...r, members: r.members.split(' ').map(label).join(', ') };
    return { ...r };
  });
}
