import type Graph from 'graphology';
import type { Attributes } from 'graphology-types';
import Sigma, { DEFAULT_STYLES } from 'sigma';
import { layerFill, layerPlain, pathLine, type Program } from 'sigma/rendering';
import type { PrimitivesDeclaration } from 'sigma/primitives';
import { iconLayer } from './node-icons';
import { attachSnapshotGestures } from './snapshot-gestures';
import { drawWithoutInstancing } from './uninstanced-draw';

/** A redraw slower than this moves a snapshot during gestures instead of redrawing every frame. */
export const FRAME_BUDGET_MS = 33;
/** Above this many nodes + edges the redraw is not even timed: gestures move a snapshot. */
const TIMED_LIMIT = 20_000;
/**
 * Above this many edges, edges are not pickable (the picking pass would draw every edge twice) and are drawn
 * as one-pixel lines, whatever their size: at that density their width says little and costs most of a frame.
 */
const EDGE_EVENTS_LIMIT = 20_000;

export type GestureMode = 'live' | 'snapshot';

const PRIMITIVES = {
  nodes: { layers: [layerFill(), iconLayer()], variables: { icon: { type: 'number', default: 0 } } },
  edges: { paths: [pathLine()], layers: [layerPlain()] },
} as const satisfies PrimitivesDeclaration;

// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- sigma's "no custom state" default
type NoState = {};

/** Sigma's node and edge programs, private fields in sigma 4.0. */
interface SigmaPrograms {
  readonly nodeProgram: Program;
  readonly edgeProgram: Program;
}

export type ChartSigma<N extends Attributes, E extends Attributes> = Sigma<
  N,
  E,
  Attributes,
  NoState,
  NoState,
  NoState,
  typeof PRIMITIVES
>;

export interface ChartRenderer<N extends Attributes, E extends Attributes> {
  readonly sigma: ChartSigma<N, E>;
  readonly gestures: GestureMode;
  /** Milliseconds of the timed camera-only redraw (GPU included), or null when not timed. */
  readonly redrawMs: number | null;
  /** True right after a pan in snapshot mode, so the click that ends it can be ignored. */
  readonly wasDrag: () => boolean;
  readonly kill: () => void;
}

/** Blocks until the GPU has drawn everything queued: a one-pixel read cannot return sooner. */
export function finishGl(gl: WebGL2RenderingContext): void {
  gl.readPixels(0, 0, 1, 1, gl.RGBA, gl.UNSIGNED_BYTE, new Uint8Array(4));
}

/** One camera-only redraw (no reindexing, no buffer rebuild), timed to the last pixel. */
export function timeRedraw(sigma: {
  getWebGLContext(): WebGL2RenderingContext;
  refresh(opts: { partialGraph: object; skipIndexation: boolean }): unknown;
}): number {
  const gl = sigma.getWebGLContext();
  finishGl(gl);
  const t0 = performance.now();
  sigma.refresh({ partialGraph: {}, skipIndexation: true });
  finishGl(gl);
  return performance.now() - t0;
}

/**
 * The link chart's sigma: circles with a pictogram per entity type (the node's `icon` attribute),
 * straight edges only, edges and labels hidden while the camera moves, nodes and edges drawn without
 * instancing (uninstanced-draw.ts). Charts that cannot redraw within a frame pan and zoom a snapshot and
 * redraw once still (see snapshot-gestures.ts).
 */
export function createChartRenderer<N extends Attributes, E extends Attributes>(
  graph: Graph<N, E>,
  container: HTMLElement,
  extraSettings: { readonly labelRenderedSizeThreshold?: number } = {},
): ChartRenderer<N, E> {
  const weight = graph.order + graph.size;
  // Sigma draws its first frame while constructed: on an empty graph, so that no frame is drawn instanced.
  const sigma: ChartSigma<N, E> = new Sigma(graph.nullCopy(), container, {
    primitives: PRIMITIVES,
    styles: { nodes: [DEFAULT_STYLES.nodes, { icon: { attribute: 'icon', defaultValue: 0 } }] },
    settings: {
      enableEdgeEvents: graph.size <= EDGE_EVENTS_LIMIT,
      labelRenderedSizeThreshold: 4,
      hideEdgesOnMove: true,
      hideLabelsOnMove: true,
      ...extraSettings,
    },
  });
  const uninstance = () => {
    const { nodeProgram, edgeProgram } = sigma as unknown as SigmaPrograms;
    drawWithoutInstancing(nodeProgram, 'quads');
    drawWithoutInstancing(edgeProgram, graph.size > EDGE_EVENTS_LIMIT ? 'lines' : 'quads');
  };
  uninstance();
  // A restored WebGL context comes with new programs.
  sigma.on('webglContextRestored', uninstance);
  sigma.setGraph(graph);
  const redrawMs = weight <= TIMED_LIMIT ? timeRedraw(sigma) : null;
  const gestures: GestureMode = redrawMs !== null && redrawMs <= FRAME_BUDGET_MS ? 'live' : 'snapshot';
  if (gestures === 'live') {
    return { sigma, gestures, redrawMs, wasDrag: () => false, kill: () => sigma.kill() };
  }
  // Sigma only draws still frames here, so nothing is hidden "on move".
  sigma.setSettings({ hideEdgesOnMove: false, hideLabelsOnMove: false });
  const snapshot = attachSnapshotGestures(sigma, container);
  return {
    sigma,
    gestures,
    redrawMs,
    wasDrag: snapshot.wasDrag,
    kill: () => {
      snapshot.detach();
      sigma.kill();
    },
  };
}
