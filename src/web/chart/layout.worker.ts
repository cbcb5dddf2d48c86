import Graph from 'graphology';
import forceAtlas2 from 'graphology-layout-forceatlas2';

export interface LayoutRequest {
  readonly ids: readonly string[];
  /** x0, y0, x1, y1, … in the order of `ids`. */
  readonly xy: Float64Array;
  readonly edges: readonly (readonly [number, number, number])[];
  readonly iterations: number;
}

/** ForceAtlas2 off the main thread: the page stays responsive while a large chart settles. */
self.onmessage = (e: MessageEvent<LayoutRequest>) => {
  const { ids, xy, edges, iterations } = e.data;
  const g = new Graph({ type: 'undirected', multi: false });
  ids.forEach((id, i) => g.addNode(id, { x: xy[2 * i] ?? 0, y: xy[2 * i + 1] ?? 0 }));
  for (const [s, t, w] of edges) {
    const a = ids[s];
    const b = ids[t];
    if (a === undefined || b === undefined || a === b) continue;
    if (g.hasEdge(a, b)) g.updateEdgeAttribute(a, b, 'weight', (v: number | undefined) => (v ?? 0) + w);
    else g.addEdge(a, b, { weight: w });
  }
  const settings = { ...forceAtlas2.inferSettings(g), barnesHutOptimize: g.order > 2000 };
  forceAtlas2.assign(g, { iterations, settings, getEdgeWeight: 'weight' });
  const out = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    out[2 * i] = g.getNodeAttribute(id, 'x') as number;
    out[2 * i + 1] = g.getNodeAttribute(id, 'y') as number;
  });
  (self as unknown as Worker).postMessage(out, [out.buffer]);
};
