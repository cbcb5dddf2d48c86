import type { CommsReport } from '../../analysis/comms/index.js';
import type { ChartEdge, ChartNode, GraphFragment } from '../../model/api/index.js';

const KIND_BY_PREFIX: Readonly<Record<string, string>> = {
  per: 'person',
  org: 'organisation',
  phn: 'phone',
  dev: 'device',
  sim: 'sim',
  acc: 'account',
  doc: 'document',
  veh: 'vehicle',
  loc: 'location',
  cel: 'cellsite',
};

const kindOfId = (id: string): string => KIND_BY_PREFIX[id.slice(0, 3)] ?? 'entity';

/** The chart node of a tower-dump scene: the map links its scene areas to it by this id. */
export const sceneNodeId = (label: string): string => `scene:${label}`;

type Row = Record<string, unknown>;
const str = (v: unknown): string => (typeof v === 'string' ? v : '');
const num = (v: unknown): number => (typeof v === 'number' && Number.isFinite(v) ? v : 0);
const strs = (v: unknown): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

class FragmentBuilder {
  private readonly nodes = new Map<string, ChartNode>();
  readonly edges: ChartEdge[] = [];

  node(id: string, label: string, kind = kindOfId(id)): string {
    if (id !== '' && !this.nodes.has(id))
      this.nodes.set(id, { id, kind, label: label || id, key: label || null });
    return id;
  }

  edge(e: ChartEdge): void {
    if (e.source !== '' && e.target !== '' && e.source !== e.target) this.edges.push(e);
  }

  build(): GraphFragment | null {
    return this.edges.length === 0 && this.nodes.size === 0
      ? null
      : { nodes: [...this.nodes.values()], edges: this.edges };
  }
}

/** What a communications analysis adds to the link chart: its subjects, the entities it found, their ties. */
export function commsGraph(report: CommsReport): GraphFragment | null {
  const b = new FragmentBuilder();
  for (const s of report.subjects) b.node(s.id, s.key ?? s.label, s.kind);
  const first = report.subjects[0]?.id ?? '';
  const rows = report.result.rows as readonly Row[];
  switch (report.kind) {
    case 'top-contacts':
      for (const r of rows) {
        b.edge({
          source: first,
          target: b.node(str(r.contact), str(r.contactKey)),
          kind: 'contact',
          count: num(r.events),
          durationS: num(r.durationS),
          firstAt: str(r.first) || null,
          lastAt: str(r.last) || null,
          sources: strs(r.evidence),
        });
      }
      break;
    case 'common-contacts':
      for (const r of rows) {
        const contact = b.node(str(r.contact), str(r.contactKey));
        for (const [subject, n] of Object.entries((r.perSubject ?? {}) as Record<string, number>)) {
          b.edge({ source: subject, target: contact, kind: 'contact', count: num(n), durationS: 0 });
        }
      }
      break;
    case 'paths':
      for (const r of rows) {
        const nodes = strs(r.nodes);
        const ties = Array.isArray(r.ties) ? (r.ties as unknown[]) : [];
        nodes.forEach((id, i) => {
          b.node(id, '');
          const next = nodes[i + 1];
          if (next) b.edge({ source: id, target: next, kind: 'contact', count: num(ties[i]), durationS: 0 });
        });
      }
      break;
    case 'tower-intersect':
      for (const r of rows) {
        const party = b.node(str(r.party), str(r.partyKey));
        for (const at of (Array.isArray(r.at) ? r.at : []) as Row[]) {
          const scene = b.node(sceneNodeId(str(at.scene)), str(at.scene), 'scene');
          b.edge({
            source: party,
            target: scene,
            kind: 'seen-at',
            count: num(at.sightings),
            durationS: 0,
            firstAt: str(at.first) || null,
            lastAt: str(at.last) || null,
            sources: strs(at.evidence),
          });
        }
      }
      break;
    case 'colocation':
      for (const r of rows) {
        b.edge({
          source: b.node(str(r.a), ''),
          target: b.node(str(r.b), ''),
          kind: 'colocation',
          count: num(r.matches),
          durationS: 0,
          firstAt: str(r.first) || null,
          lastAt: str(r.last) || null,
        });
      }
      break;
    case 'successors':
      for (const r of rows) {
        b.edge({
          source: first,
          target: b.node(str(r.candidate), str(r.candidateKey)),
          kind: 'successor',
          count: num(r.shared),
          durationS: 0,
        });
      }
      break;
    case 'profile':
    case 'activity':
    case 'trail':
    case 'handsets':
      break;
    default: {
      const never: never = report.kind;
      return never;
    }
  }
  return b.build();
}
