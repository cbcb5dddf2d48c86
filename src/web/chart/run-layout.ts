import type Graph from 'graphology';
import type { LayoutRequest } from './layout.worker';

/** Runs ForceAtlas2 in a web worker over the graph's current positions; answers the new positions. */
export function runLayout(g: Graph, iterations: number): Promise<Map<string, { x: number; y: number }>> {
  const ids = g.nodes();
  const index = new Map(ids.map((id, i) => [id, i]));
  const xy = new Float64Array(ids.length * 2);
  ids.forEach((id, i) => {
    xy[2 * i] = g.getNodeAttribute(id, 'x') as number;
    xy[2 * i + 1] = g.getNodeAttribute(id, 'y') as number;
  });
  const edges = g.mapEdges(
    (_k, a, s, t) => [index.get(s) ?? 0, index.get(t) ?? 0, Number(a.count ?? 1)] as const,
  );
  const worker = new Worker(new URL('./layout.worker.ts', import.meta.url), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = (e: MessageEvent<Float64Array>) => {
      worker.terminate();
      const out = new Map<string, { x: number; y: number }>();
      ids.forEach((id, i) => out.set(id, { x: e.data[2 * i] ?? 0, y: e.data[2 * i + 1] ?? 0 }));
      resolve(out);
    };
    worker.onerror = (e) => {
      worker.terminate();
      reject(new Error(e.message));
    };
    const req: LayoutRequest = { ids, xy, edges, iterations };
    worker.postMessage(req, [xy.buffer]);
  });
}
