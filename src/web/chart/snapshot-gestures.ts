import type { Camera } from 'sigma';

/** What the gestures need of sigma. */
export interface GestureTarget {
  getDimensions(): { width: number; height: number };
  viewportToFramedGraph(point: { x: number; y: number }): { x: number; y: number };
  getCamera(): Camera;
  once(type: 'afterRender', listener: () => void): unknown;
}

/** Quiet time after the last pan or wheel step before the chart is redrawn at the new view. */
const IDLE_MS = 160;
/** Zoom per wheel notch (100 px of deltaY), as sigma's own wheel zoom. */
const ZOOM_PER_NOTCH = 1.7;

export interface SnapshotGestures {
  /** True right after a drag, so the click that ends it does not clear the selection. */
  readonly wasDrag: () => boolean;
  readonly detach: () => void;
}

/**
 * Pan and zoom by moving the last drawn frame (a CSS transform on sigma's canvases) and redraw once the
 * view is still, as Cytoscape's textureOnViewport does. For charts too big to redraw in a frame: a
 * gesture frame then costs a compositor pass, whatever the graph's size. Sigma's captor never sees the
 * drag's moves nor the wheel, so it neither pans nor redraws meanwhile.
 */
export function attachSnapshotGestures(sigma: GestureTarget, container: HTMLElement): SnapshotGestures {
  // The moved frame: screen' = scale * screen + (tx, ty).
  let scale = 1;
  let tx = 0;
  let ty = 0;
  let drag: { x: number; y: number; moved: boolean } | null = null;
  let isDragEnd = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const canvases = () => container.querySelectorAll<HTMLCanvasElement>('canvas');
  // A committed move whose redraw has not landed yet: the canvases still show the frame before it.
  let pending: { scale: number; tx: number; ty: number } | null = null;
  const apply = () => {
    const b = pending ?? { scale: 1, tx: 0, ty: 0 };
    const [k, x, y] = [scale * b.scale, scale * b.tx + tx, scale * b.ty + ty];
    const t = k === 1 && x === 0 && y === 0 ? '' : `translate(${x}px, ${y}px) scale(${k})`;
    for (const c of canvases()) {
      c.style.transformOrigin = '0 0';
      c.style.transform = t;
    }
  };
  const commit = () => {
    timer = undefined;
    if (drag) return;
    if (scale === 1 && tx === 0 && ty === 0) return;
    const { width, height } = sigma.getDimensions();
    // The old-view point that the moved frame shows at the centre becomes the camera's centre.
    const centre = sigma.viewportToFramedGraph({ x: (width / 2 - tx) / scale, y: (height / 2 - ty) / scale });
    const camera = sigma.getCamera();
    const ratio = camera.getState().ratio / scale;
    // Keep showing the moved frame until the redraw lands, so the view never jumps back.
    pending = { scale, tx, ty };
    [scale, tx, ty] = [1, 0, 0];
    sigma.once('afterRender', () => {
      pending = null;
      apply();
    });
    camera.setState({ x: centre.x, y: centre.y, ratio });
  };
  const settle = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(commit, IDLE_MS);
  };

  const onDown = (e: PointerEvent) => {
    if (e.button !== 0) return;
    drag = { x: e.clientX, y: e.clientY, moved: false };
    isDragEnd = false;
  };
  const onMove = (e: PointerEvent) => {
    if (!drag) return;
    // Sigma's captor listens on the document: it must not see the drag, or it redraws (hover,
    // panning state) while the snapshot moves.
    e.stopImmediatePropagation();
    const [dx, dy] = [e.clientX - drag.x, e.clientY - drag.y];
    if (!drag.moved && Math.hypot(dx, dy) < 3) return;
    drag = { x: e.clientX, y: e.clientY, moved: true };
    tx += dx;
    ty += dy;
    apply();
    settle();
  };
  const onUp = () => {
    isDragEnd = drag?.moved ?? false;
    drag = null;
    settle();
  };
  const onWheel = (e: WheelEvent) => {
    if (!(e.target instanceof Node) || !container.contains(e.target)) return;
    // Ahead of sigma's own wheel zoom, which would redraw on every step.
    e.stopImmediatePropagation();
    e.preventDefault();
    const box = container.getBoundingClientRect();
    const [px, py] = [e.clientX - box.left, e.clientY - box.top];
    const lines = e.deltaMode === WheelEvent.DOM_DELTA_LINE ? 33 : 1;
    const k = ZOOM_PER_NOTCH ** (-(e.deltaY * lines) / 100);
    // Zoom about the pointer: the point under it stays put.
    [scale, tx, ty] = [scale * k, px - k * (px - tx), py - k * (py - ty)];
    apply();
    settle();
  };

  container.addEventListener('pointerdown', onDown);
  window.addEventListener('pointermove', onMove, { capture: true });
  window.addEventListener('pointerup', onUp);
  window.addEventListener('wheel', onWheel, { passive: false, capture: true });
  return {
    wasDrag: () => isDragEnd,
    detach: () => {
      if (timer !== undefined) clearTimeout(timer);
      container.removeEventListener('pointerdown', onDown);
      window.removeEventListener('pointermove', onMove, { capture: true });
      window.removeEventListener('pointerup', onUp);
      window.removeEventListener('wheel', onWheel, { capture: true });
    },
  };
}
