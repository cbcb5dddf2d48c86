import type Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './build-graph';
import { TYPE_MARK } from './colours';

const NS = 'http://www.w3.org/2000/svg';
const SIZE = 1200;
const PAD = 40;

function el(name: string, attrs: Record<string, string | number>): SVGElement {
  const e = document.createElementNS(NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}

/**
 * The chart as a standalone SVG. Labels are set as text nodes, so a name that looks like markup stays
 * text in the file too.
 */
export function chartSvg(g: Graph<NodeAttrs, EdgeAttrs>): string {
  const xs = g.mapNodes((_id, a) => a.x);
  const ys = g.mapNodes((_id, a) => a.y);
  const [minX, maxX, minY, maxY] = [
    Math.min(...xs, 0),
    Math.max(...xs, 1),
    Math.min(...ys, 0),
    Math.max(...ys, 1),
  ];
  const scale = (SIZE - 2 * PAD) / Math.max(maxX - minX, maxY - minY, 1e-9);
  const px = (x: number) => PAD + (x - minX) * scale;
  // SVG's y axis points down, the chart's up.
  const py = (y: number) => SIZE - PAD - (y - minY) * scale;
  const svg = el('svg', { xmlns: NS, width: SIZE, height: SIZE, viewBox: `0 0 ${SIZE} ${SIZE}` });
  svg.appendChild(el('rect', { width: SIZE, height: SIZE, fill: '#ffffff' }));
  g.forEachEdge((_k, a, s, t) => {
    const [sa, ta] = [g.getNodeAttributes(s), g.getNodeAttributes(t)];
    svg.appendChild(
      el('line', {
        x1: px(sa.x),
        y1: py(sa.y),
        x2: px(ta.x),
        y2: py(ta.y),
        stroke: a.color,
        'stroke-width': a.size,
      }),
    );
  });
  g.forEachNode((_id, a) => {
    svg.appendChild(el('circle', { cx: px(a.x), cy: py(a.y), r: a.size, fill: a.color }));
    const mark = el('text', {
      x: px(a.x),
      y: py(a.y) + 4,
      'text-anchor': 'middle',
      'font-size': 10,
      fill: '#ffffff',
      'font-family': 'sans-serif',
    });
    mark.textContent = TYPE_MARK[a.kind] ?? '';
    svg.appendChild(mark);
    const label = el('text', {
      x: px(a.x) + a.size + 3,
      y: py(a.y) + 4,
      'font-size': 12,
      fill: '#1b1f24',
      'font-family': 'sans-serif',
    });
    label.textContent = a.label;
    svg.appendChild(label);
  });
  return new XMLSerializer().serializeToString(svg);
}

/** The same drawing rasterised to PNG. */
export async function chartPng(g: Graph<NodeAttrs, EdgeAttrs>): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([chartSvg(g)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = SIZE;
    canvas.height = SIZE;
    canvas.getContext('2d')?.drawImage(img, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('png'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
