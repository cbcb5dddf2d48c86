import { useRef, useState, type PointerEvent } from 'react';

/** A drag shorter than this share of the axis is a click, not a range. */
const MIN_SHARE = 0.004;

/**
 * A press-drag-release brush along an element's x axis over [min, max] (epoch ms). While dragging it gives
 * the draft range; on release it hands the range to `onBrush`.
 */
export function useBrush(min: number, max: number, onBrush: (range: [number, number]) => void) {
  const [draft, setDraft] = useState<[number, number] | null>(null);
  const anchor = useRef<number | null>(null);
  const at = (e: PointerEvent<Element>): number => {
    const r = e.currentTarget.getBoundingClientRect();
    const share = Math.min(1, Math.max(0, (e.clientX - r.left) / Math.max(1, r.width)));
    return min + share * (max - min);
  };
  const sorted = (a: number, b: number): [number, number] => (a <= b ? [a, b] : [b, a]);
  return {
    draft,
    handlers: {
      onPointerDown(e: PointerEvent<Element>) {
        if (e.button !== 0) return;
        e.currentTarget.setPointerCapture(e.pointerId);
        anchor.current = at(e);
        setDraft([anchor.current, anchor.current]);
      },
      onPointerMove(e: PointerEvent<Element>) {
        if (anchor.current !== null) setDraft(sorted(anchor.current, at(e)));
      },
      onPointerUp(e: PointerEvent<Element>) {
        if (anchor.current === null) return;
        const range = sorted(anchor.current, at(e));
        anchor.current = null;
        setDraft(null);
        if (range[1] - range[0] >= MIN_SHARE * (max - min)) onBrush(range);
      },
      onPointerCancel() {
        anchor.current = null;
        setDraft(null);
      },
    },
  };
}
