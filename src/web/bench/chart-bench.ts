/**
 * The page `npm run bench:chart` loads in Chromium: one graph drawn by the workbench's sigma.js chart
 * (WebGL, chart-renderer.ts) or by Cytoscape.js (canvas). The script drives real pointer drags and wheel
 * zooms while this page records frame times; idle full redraws are timed apart.
 */
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import { createChartRenderer, finishGl, timeRedraw, type ChartRenderer } from '../chart/chart-renderer';
import { ICON_OF_KIND } from '../chart/node-icons';

export interface Setup {
  readonly setupMs: number;
  readonly gestures: string;
}

export interface Frames {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly frames: number;
}

export interface Redraws {
  /** A redraw with the camera moving: sigma leaves edges and labels out (hideEdgesOnMove/hideLabelsOnMove). */
  readonly movingMs: number;
  /** A full redraw once still: nodes, edges, icons and labels. */
  readonly idleMs: number;
}

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded random graph with clustered positions: n nodes, m edges, mostly within clusters. */
function makeGraph(n: number, m: number): { xs: Float64Array; ys: Float64Array; edges: Int32Array } {
  const r = rng(42);
  const clusters = Math.max(1, Math.round(Math.sqrt(n) / 4));
  const xs = new Float64Array(n);
  const ys = new Float64Array(n);
  const cx = Array.from({ length: clusters }, () => [r() * 1000, r() * 1000] as const);
  for (let i = 0; i < n; i++) {
    const c = cx[i % clusters] ?? [0, 0];
    xs[i] = c[0] + (r() - 0.5) * 60;
    ys[i] = c[1] + (r() - 0.5) * 60;
  }
  const edges = new Int32Array(m * 2);
  for (let k = 0; k < m; k++) {
    const s = Math.floor(r() * n);
    const sameCluster = r() < 0.9;
    const t = sameCluster ? (s + clusters * (1 + Math.floor(r() * 20))) % n : Math.floor(r() * n);
    edges[2 * k] = s;
    edges[2 * k + 1] = t === s ? (s + 1) % n : t;
  }
  return { xs, ys, edges };
}

const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[xs.length >> 1] ?? NaN;
const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));
const ICONS = Object.values(ICON_OF_KIND);

function container(): HTMLDivElement {
  document.body.innerHTML = '';
  document.body.style.margin = '0';
  const el = document.createElement('div');
  el.style.cssText = 'width:1200px;height:800px;position:relative;overflow:hidden';
  document.body.appendChild(el);
  return el;
}

let sigmaChart: ChartRenderer<Record<string, unknown>, Record<string, unknown>> | null = null;
let cy: cytoscape.Core | null = null;

async function setupSigma(n: number, m: number): Promise<Setup> {
  const { xs, ys, edges } = makeGraph(n, m);
  const t0 = performance.now();
  const g = new Graph<Record<string, unknown>, Record<string, unknown>>({ multi: true, type: 'directed' });
  for (let i = 0; i < n; i++)
    g.addNode(String(i), {
      x: xs[i],
      y: ys[i],
      size: 2,
      color: '#1f5fa8',
      label: `n${i}`,
      icon: ICONS[i % ICONS.length],
    });
  for (let k = 0; k < m; k++)
    g.addEdge(String(edges[2 * k]), String(edges[2 * k + 1]), { size: 0.5, color: '#9aa5b1' });
  sigmaChart = createChartRenderer(g, container(), { labelRenderedSizeThreshold: 12 });
  finishGl(sigmaChart.sigma.getWebGLContext());
  const setupMs = performance.now() - t0;
  await nextFrame();
  return { setupMs, gestures: sigmaChart.gestures };
}

async function setupCytoscape(n: number, m: number): Promise<Setup> {
  const { xs, ys, edges } = makeGraph(n, m);
  const t0 = performance.now();
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++)
    elements.push({ data: { id: String(i) }, position: { x: xs[i] ?? 0, y: ys[i] ?? 0 } });
  for (let k = 0; k < m; k++)
    elements.push({ data: { id: `e${k}`, source: String(edges[2 * k]), target: String(edges[2 * k + 1]) } });
  cy = cytoscape({
    container: container(),
    elements,
    layout: { name: 'preset' },
    // Cytoscape's own answer to big graphs, the like of sigma's settings in chart-renderer.ts.
    hideEdgesOnViewport: true,
    textureOnViewport: true,
    style: [
      { selector: 'node', style: { width: 4, height: 4, 'background-color': '#1f5fa8' } },
      { selector: 'edge', style: { width: 0.5, 'line-color': '#9aa5b1' } },
    ],
  });
  await nextFrame();
  await nextFrame();
  return { setupMs: performance.now() - t0, gestures: 'texture' };
}

/** Records requestAnimationFrame intervals until stopped: the frame times a person sees. */
let recording: { times: number[]; isOn: boolean } | null = null;
function startFrames(): void {
  const rec = { times: [] as number[], isOn: true };
  recording = rec;
  let prev = performance.now();
  const tick = (now: number) => {
    if (!rec.isOn) return;
    rec.times.push(now - prev);
    prev = now;
    requestAnimationFrame(tick);
  };
  requestAnimationFrame((now) => {
    prev = now;
    requestAnimationFrame(tick);
  });
}
function stopFrames(): Frames {
  const times = recording?.times ?? [];
  if (recording) recording.isOn = false;
  const s = [...times].sort((a, b) => a - b);
  return { medianMs: median(s), p95Ms: s[Math.floor(s.length * 0.95)] ?? NaN, frames: s.length };
}

/** Waits until the page has drawn a frame after everything queued, e.g. a redraw after a gesture. */
async function settle(): Promise<void> {
  await new Promise((r) => setTimeout(r, 400));
  await nextFrame();
  await nextFrame();
}

async function sigmaRedraws(samples: number): Promise<Redraws> {
  const chart = sigmaChart;
  if (!chart) throw new Error('setupSigma first');
  const camera = chart.sigma.getCamera();
  const idle: number[] = [];
  const moving: number[] = [];
  // What a live (non-snapshot) gesture frame costs: sigma hiding edges and labels while moving.
  chart.sigma.setSettings({ hideEdgesOnMove: true, hideLabelsOnMove: true });
  await settle();
  for (let i = 0; i < samples; i++) {
    camera.setState({ x: 0.5 + 0.05 * i, y: 0.5, ratio: 0.9 });
    idle.push(timeRedraw(chart.sigma));
    // An animation in flight is what sigma reads as "moving".
    camera.setState({ x: 0.5 - 0.05 * i, y: 0.5, ratio: 0.9 });
    void camera.animate({ ratio: 0.95 }, { duration: 60_000 });
    moving.push(timeRedraw(chart.sigma));
    camera.cancelAnimation();
  }
  return { movingMs: median(moving), idleMs: median(idle) };
}

async function cytoscapeRedraws(samples: number): Promise<Redraws> {
  const core = cy;
  if (!core) throw new Error('setupCytoscape first');
  const idle: number[] = [];
  for (let i = 0; i < samples; i++) {
    await nextFrame();
    const t0 = performance.now();
    core.viewport({ zoom: 0.9 + 0.05 * i, pan: { x: 10 * i, y: 0 } });
    await nextFrame();
    await nextFrame();
    idle.push(performance.now() - t0);
  }
  return { movingMs: NaN, idleMs: median(idle) };
}

function teardown(): void {
  sigmaChart?.kill();
  sigmaChart = null;
  cy?.destroy();
  cy = null;
}

function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
}

Object.assign(window, {
  benchChart: {
    setupSigma,
    setupCytoscape,
    startFrames,
    stopFrames,
    settle,
    sigmaRedraws,
    cytoscapeRedraws,
    teardown,
    webglRenderer,
  },
});
