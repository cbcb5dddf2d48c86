import type { ChartEdge, ChartNode, GraphFragment, MapFragment, Place } from '../../model/api/index';
import type { Lang } from '../i18n/messages';
import { Store } from './store';

export type ToolTab = 'case' | 'search' | 'analyses' | 'profile';
export type ViewTab = 'chart' | 'map' | 'timeline';
export type Selection = { kind: 'node'; id: string } | { kind: 'edge'; id: string } | null;

export interface ChartData {
  readonly nodes: ReadonlyMap<string, ChartNode>;
  readonly edges: ReadonlyMap<string, ChartEdge>;
  /** Bumped on every change, so views can tell a new chart from the same one. */
  readonly version: number;
}

export interface WorkbenchState {
  readonly lang: Lang;
  readonly caseName: string | null;
  readonly tool: ToolTab;
  readonly view: ViewTab;
  readonly chart: ChartData;
  readonly selection: Selection;
  /** The brushed time range in epoch ms; null is all time. It filters the chart and the map. */
  readonly timeRange: readonly [number, number] | null;
  readonly map: MapFragment;
  readonly profile: { readonly id: string; readonly label: string } | null;
  /** Bumped when cases are created, so the case list reloads. */
  readonly casesVersion: number;
}

export const edgeKey = (e: Pick<ChartEdge, 'source' | 'target' | 'kind'>): string =>
  `${e.source}|${e.target}|${e.kind}`;

const initialLang = (): Lang => {
  const stored = typeof localStorage === 'undefined' ? null : localStorage.getItem('skein.lang');
  return stored === 'fr' || stored === 'ar' ? stored : 'en';
};

export const workbench = new Store<WorkbenchState>({
  lang: initialLang(),
  caseName: null,
  tool: 'case',
  view: 'chart',
  chart: { nodes: new Map(), edges: new Map(), version: 0 },
  selection: null,
  timeRange: null,
  map: { trail: [], places: [] },
  profile: null,
  casesVersion: 0,
});

export const casesChanged = (): void => workbench.set((s) => ({ ...s, casesVersion: s.casesVersion + 1 }));

/** Adds a fragment to the chart; an edge seen again is replaced by the newer aggregate, never double-counted. */
export function addToChart(fragment: GraphFragment): void {
  workbench.set((s) => {
    const nodes = new Map(s.chart.nodes);
    const edges = new Map(s.chart.edges);
    for (const n of fragment.nodes) nodes.set(n.id, { ...nodes.get(n.id), ...n });
    for (const e of fragment.edges) {
      for (const id of [e.source, e.target])
        if (!nodes.has(id)) nodes.set(id, { id, kind: 'entity', label: id });
      edges.set(edgeKey(e), e);
    }
    return { ...s, view: 'chart', chart: { nodes, edges, version: s.chart.version + 1 } };
  });
}

export function clearChart(): void {
  workbench.set((s) => ({
    ...s,
    selection: null,
    chart: { nodes: new Map(), edges: new Map(), version: s.chart.version + 1 },
  }));
}

const placeKey = (p: Place): string => `${p.kind}|${p.label}|${p.area.cell}|${p.from ?? ''}`;

/** Adds trail stops and places to the map and shows it; a place loaded again is not drawn twice. */
export function addToMap(fragment: MapFragment): void {
  workbench.set((s) => {
    const places = new Map([...s.map.places, ...fragment.places].map((p) => [placeKey(p), p]));
    return {
      ...s,
      view: 'map',
      map: { trail: [...s.map.trail, ...fragment.trail], places: [...places.values()] },
    };
  });
}

/** Selects an entity from another view, putting it on the chart first if it is not there (the view stays). */
export function selectEntity(node: ChartNode): void {
  workbench.set((s) => {
    if (s.chart.nodes.has(node.id)) return { ...s, selection: { kind: 'node', id: node.id } };
    const nodes = new Map(s.chart.nodes).set(node.id, node);
    const chart = { nodes, edges: s.chart.edges, version: s.chart.version + 1 };
    return { ...s, chart, selection: { kind: 'node', id: node.id } };
  });
}

export function setLang(lang: Lang): void {
  localStorage.setItem('skein.lang', lang);
  workbench.set((s) => ({ ...s, lang }));
}

export function openProfile(id: string, label: string): void {
  workbench.set((s) => ({ ...s, tool: 'profile', profile: { id, label } }));
}

export const setTool = (tool: ToolTab): void => workbench.set((s) => ({ ...s, tool }));
export const setView = (view: ViewTab): void => workbench.set((s) => ({ ...s, view }));
export const select = (selection: Selection): void => workbench.set((s) => ({ ...s, selection }));
export const setTimeRange = (timeRange: readonly [number, number] | null): void =>
  workbench.set((s) => ({ ...s, timeRange }));
export const setCase = (caseName: string | null): void =>
  workbench.set((s) => ({
    ...s,
    caseName,
    profile: null,
    selection: null,
    chart: { nodes: new Map(), edges: new Map(), version: s.chart.version + 1 },
    map: { trail: [], places: [] },
  }));

/** Whether an edge's span overlaps the brushed range (edges without times always show). */
export function isInRange(
  first: string | null | undefined,
  last: string | null | undefined,
  range: readonly [number, number] | null,
): boolean {
  if (!range || !first) return true;
  const a = Date.parse(first);
  const b = last ? Date.parse(last) : a;
  return b >= range[0] && a <= range[1];
}
