import type Graph from 'graphology';
import type { EdgeAttrs, NodeAttrs } from './build-graph';
import { SVG_NS, svgElement } from './svg-element';
import { iconSvg } from './svg-icons';

const SIZE = 1200;
const PAD = 40;

/**
 * The chart as a standalone SVG, each node a `<g data-kind>` of its disc, the pictogram the screen draws
 * (none when icons are off) and its label. Labels are set as text nodes, so a name that looks like markup
 * stays text in the file too.
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
  const svg = svgElement('svg', { xmlns: SVG_NS, width: SIZE, height: SIZE, viewBox: `0 0 ${SIZE} ${SIZE}` });
  svg.appendChild(svgElement('rect', { width: SIZE, height: SIZE, fill: '#ffffff' }));
  g.forEachEdge((_k, a, s, t) => {
    const [sa, ta] = [g.getNodeAttributes(s), g.getNodeAttributes(t)];
    svg.appendChild(
      svgElement('line', {
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
    const node = svgElement('g', { 'data-kind': a.kind });
    node.appendChild(svgElement('circle', { cx: px(a.x), cy: py(a.y), r: a.size, fill: a.color }));
    const icon = iconSvg(a.icon, px(a.x), py(a.y), a.size);
    if (icon) node.appendChild(icon);
    const label = svgElement('text', {
      x: px(a.x) + a.size + 3,
      y: py(a.y) + 4,
      'font-size': 12,
      fill: '#1b1f24',
      'font-family': 'sans-serif',
    });
    label.textContent = a.label;
    node.appendChild(label);
    svg.appendChild(node);
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
