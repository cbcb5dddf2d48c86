/**
 * The page `npm run bench:chart` loads in Chromium: one graph drawn by sigma.js (WebGL) and by
 * Cytoscape.js (canvas), each panned and zoomed frame after frame while the frame times are taken.
 */
import cytoscape from 'cytoscape';
import Graph from 'graphology';
import Sigma from 'sigma';

interface Run {
  readonly medianMs: number;
  readonly p95Ms: number;
  readonly frames: number;
  readonly setupMs: number;
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

const stats = (times: number[], setupMs: number): Run => {
  const s = [...times].sort((a, b) => a - b);
  return {
    medianMs: s[Math.floor(s.length / 2)] ?? NaN,
    p95Ms: s[Math.floor(s.length * 0.95)] ?? NaN,
    frames: s.length,
    setupMs,
  };
};

const nextFrame = () => new Promise<number>((r) => requestAnimationFrame(r));

/** Frame times while the view moves every frame, until `frames` frames or `budgetMs` have passed. */
async function measure(move: (i: number) => void, frames: number, budgetMs: number): Promise<number[]> {
  const times: number[] = [];
  let prev = await nextFrame();
  const end = performance.now() + budgetMs;
  for (let i = 0; i < frames && performance.now() < end; i++) {
    move(i);
    const now = await nextFrame();
    times.push(now - prev);
    prev = now;
  }
  return times;
}

function container(): HTMLDivElement {
  document.body.innerHTML = '';
  const el = document.createElement('div');
  el.style.cssText = 'width:1200px;height:800px';
  document.body.appendChild(el);
  return el;
}

async function runSigma(n: number, m: number): Promise<Run> {
  const { xs, ys, edges } = makeGraph(n, m);
  const t0 = performance.now();
  const g = new Graph({ multi: true, type: 'directed' });
  for (let i = 0; i < n; i++)
    g.addNode(String(i), { x: xs[i], y: ys[i], size: 2, color: '#1f5fa8', label: `n${i}` });
  for (let k = 0; k < m; k++)
    g.addEdge(String(edges[2 * k]), String(edges[2 * k + 1]), { size: 0.5, color: '#9aa5b1' });
  const s = new Sigma(g, container(), {
    settings: { labelRenderedSizeThreshold: 12, hideEdgesOnMove: false },
  });
  await nextFrame();
  const setupMs = performance.now() - t0;
  const camera = s.getCamera();
  const times = await measure(
    (i) => camera.setState({ x: 0.5 + 0.1 * Math.sin(i / 10), y: 0.5, ratio: 0.8 + 0.3 * Math.cos(i / 15) }),
    120,
    20_000,
  );
  s.kill();
  return stats(times, setupMs);
}

async function runCytoscape(n: number, m: number): Promise<Run> {
  const { xs, ys, edges } = makeGraph(n, m);
  const t0 = performance.now();
  const elements: cytoscape.ElementDefinition[] = [];
  for (let i = 0; i < n; i++)
    elements.push({ data: { id: String(i) }, position: { x: xs[i] ?? 0, y: ys[i] ?? 0 } });
  for (let k = 0; k < m; k++)
    elements.push({ data: { id: `e${k}`, source: String(edges[2 * k]), target: String(edges[2 * k + 1]) } });
  const cy = cytoscape({
    container: container(),
    elements,
    layout: { name: 'preset' },
    style: [
      { selector: 'node', style: { width: 4, height: 4, 'background-color': '#1f5fa8' } },
      { selector: 'edge', style: { width: 0.5, 'line-color': '#9aa5b1' } },
    ],
  });
  await nextFrame();
  const setupMs = performance.now() - t0;
  const times = await measure(
    (i) => cy.viewport({ zoom: 0.8 + 0.3 * Math.cos(i / 15), pan: { x: 100 * Math.sin(i / 10), y: 0 } }),
    60,
    30_000,
  );
  cy.destroy();
  return stats(times, setupMs);
}

function webglRenderer(): string {
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return 'no WebGL2';
  const ext = gl.getExtension('WEBGL_debug_renderer_info');
  return String(ext ? gl.getParameter(ext.UNMASKED_RENDERER_WEBGL) : gl.getParameter(gl.RENDERER));
}

Object.assign(window, { benchChart: { runSigma, runCytoscape, webglRenderer } });
