import type Graph from 'graphology';
import { useEffect, useRef, useState } from 'react';
import type { ChartMetrics } from '../../model/api/index';
import { api } from '../api/endpoints';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { addToChart, clearChart, select, workbench } from '../state/workbench';
import { buildGraph, type ColourBy, type EdgeAttrs, type NodeAttrs, type SizeBy } from './build-graph';
import { ChartDetails } from './ChartDetails';
import { createChartRenderer, type ChartRenderer, type GestureMode } from './chart-renderer';
import { chartPng, chartSvg, download } from './export';
import { runLayout } from './run-layout';

/** Layout effort: fewer ForceAtlas2 passes as the chart grows, so it settles in about the same time. */
const iterationsFor = (order: number): number => (order < 500 ? 300 : order < 5000 ? 100 : 30);

/** The link chart: sigma.js (WebGL) over graphology, laid out by ForceAtlas2 in a worker. */
export function LinkChart() {
  const t = useT();
  const chart = useStore(workbench, (s) => s.chart);
  const caseName = useStore(workbench, (s) => s.caseName);
  const range = useStore(workbench, (s) => s.timeRange);
  const [sizeBy, setSizeBy] = useState<SizeBy>('none');
  const [colourBy, setColourBy] = useState<ColourBy>('type');
  const [icons, setIcons] = useState(true);
  const [metrics, setMetrics] = useState<ChartMetrics | null>(null);
  const [layoutState, setLayoutState] = useState<'idle' | 'running' | 'done'>('idle');
  const container = useRef<HTMLDivElement>(null);
  const renderer = useRef<ChartRenderer<NodeAttrs, EdgeAttrs> | null>(null);
  const [gestures, setGestures] = useState<GestureMode | null>(null);
  const graph = useRef<Graph<NodeAttrs, EdgeAttrs> | null>(null);
  const positions = useRef(new Map<string, { x: number; y: number }>());

  useEffect(() => {
    const needsMetrics = sizeBy !== 'none' || colourBy === 'community';
    if (!caseName || !needsMetrics || chart.edges.size === 0) return setMetrics(null);
    const edges = [...chart.edges.values()].map((e) => ({
      source: e.source,
      target: e.target,
      weight: Math.max(1, e.count),
    }));
    const metric = sizeBy === 'none' ? 'degree' : sizeBy;
    void api.chartMetrics(caseName, { metric, edges }).then(setMetrics, () => setMetrics(null));
  }, [caseName, chart, sizeBy, colourBy]);

  useEffect(() => {
    const el = container.current;
    if (!el) return;
    const g = buildGraph(chart, { sizeBy, colourBy, metrics, range, icons, positions: positions.current });
    graph.current = g;
    renderer.current?.kill();
    if (g.order === 0) {
      renderer.current = null;
      setGestures(null);
      return;
    }
    const r = createChartRenderer(g, el);
    const s = r.sigma;
    // A click that ends a snapshot pan is the pan's, not a selection.
    s.on('clickNode', ({ node }) => r.wasDrag() || select({ kind: 'node', id: node }));
    s.on('clickEdge', ({ edge }) => r.wasDrag() || select({ kind: 'edge', id: edge }));
    s.on('clickStage', () => r.wasDrag() || select(null));
    renderer.current = r;
    setGestures(r.gestures);
    const unplaced = g.filterNodes((id) => !positions.current.has(id));
    if (unplaced.length > 0) {
      setLayoutState('running');
      void runLayout(g, iterationsFor(g.order)).then((pos) => {
        for (const [id, p] of pos) positions.current.set(id, p);
        if (graph.current !== g) return;
        g.updateEachNodeAttributes((id, a) => ({ ...a, ...(pos.get(id) ?? {}) }));
        setLayoutState('done');
      });
    } else {
      setLayoutState('done');
    }
    return () => {
      r.kill();
      if (renderer.current === r) renderer.current = null;
    };
  }, [chart, sizeBy, colourBy, metrics, range, icons]);

  const expand = async (id: string, key: string) => {
    if (!caseName) return;
    const r = await api.runAnalysis(caseName, 'top-contacts', { subject: key });
    if (r.graph) addToChart(r.graph);
    select({ kind: 'node', id });
  };
  const exportAs = async (kind: 'png' | 'svg') => {
    const g = graph.current;
    if (!g) return;
    const blob = kind === 'svg' ? new Blob([chartSvg(g)], { type: 'image/svg+xml' }) : await chartPng(g);
    download(blob, `skein-chart.${kind}`);
  };
  const nodes = [...chart.nodes.values()];
  return (
    <div className="chart-wrap">
      <div className="toolbar row">
        <label>
          {t('sizeBy')}{' '}
          <select data-testid="size-by" value={sizeBy} onChange={(e) => setSizeBy(e.target.value as SizeBy)}>
            <option value="none">{t('none')}</option>
            <option value="degree">degree</option>
            <option value="pagerank">PageRank</option>
            <option value="betweenness">betweenness</option>
          </select>
        </label>
        <label>
          {t('colourBy')}{' '}
          <select
            data-testid="colour-by"
            value={colourBy}
            onChange={(e) => setColourBy(e.target.value as ColourBy)}
          >
            <option value="type">{t('byType')}</option>
            <option value="community">{t('byCommunity')}</option>
          </select>
        </label>
        <label>
          <input
            type="checkbox"
            data-testid="chart-icons"
            checked={icons}
            onChange={(e) => setIcons(e.target.checked)}
          />{' '}
          {t('chartIcons')}
        </label>
        <label>
          {t('selection')}{' '}
          <select
            data-testid="node-picker"
            value=""
            onChange={(e) => e.target.value && select({ kind: 'node', id: e.target.value })}
          >
            <option value="">—</option>
            {nodes.slice(0, 2000).map((n) => (
              <option key={n.id} value={n.id}>
                {n.label}
              </option>
            ))}
          </select>
        </label>
        <button data-testid="export-png" onClick={() => void exportAs('png')}>
          {t('exportPng')}
        </button>
        <button data-testid="export-svg" onClick={() => void exportAs('svg')}>
          {t('exportSvg')}
        </button>
        <button onClick={clearChart}>{t('clearChart')}</button>
        <span className="muted" aria-live="polite">
          {chart.nodes.size} {t('nodes')} · {chart.edges.size} {t('edges')}
        </span>
      </div>
      {chart.nodes.size === 0 && <p className="empty">{t('chartEmpty')}</p>}
      <div
        ref={container}
        className="sigma"
        data-testid="chart"
        data-nodes={chart.nodes.size}
        data-edges={chart.edges.size}
        data-layout={layoutState}
        data-gestures={gestures ?? undefined}
        role="img"
        aria-label={t('tabChart')}
      />
      <ChartDetails onExpand={(id, key) => void expand(id, key)} />
    </div>
  );
}
