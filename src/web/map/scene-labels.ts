import { Marker, type Map as MapLibreMap } from 'maplibre-gl';
import type { MapItem } from './map-features';
import { spanText } from './popup';

/** One label per scene, at the middle of its cells' sites: the dump's label and its time window. */
export function sceneLabels(items: readonly MapItem[]): { text: string; at: [number, number] }[] {
  const byLabel = new Map<string, MapItem[]>();
  for (const i of items) if (i.kind === 'scene') byLabel.set(i.label, [...(byLabel.get(i.label) ?? []), i]);
  return [...byLabel].map(([label, cells]) => {
    const first = cells[0] as MapItem;
    const mean = (k: 0 | 1) => cells.reduce((s, c) => s + c.area.site[k], 0) / cells.length;
    return { text: `${label} · ${spanText(first.from, first.to)}`, at: [mean(0), mean(1)] };
  });
}

/** Replaces the scene labels on the map; the element's text is set as text, never parsed as HTML. */
export function showSceneLabels(m: MapLibreMap, old: readonly Marker[], items: readonly MapItem[]): Marker[] {
  for (const marker of old) marker.remove();
  return sceneLabels(items).map(({ text, at }) => {
    const e = document.createElement('div');
    e.className = 'scene-label';
    e.dataset.testid = 'scene-label';
    e.textContent = text;
    return new Marker({ element: e, anchor: 'bottom' }).setLngLat(at).addTo(m);
  });
}
