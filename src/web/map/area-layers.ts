import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MessageKey } from '../i18n/messages';
import { AREA_KINDS, type AreaKind } from './map-features';

/** Each area layer's colour and legend entry; the legend swatch and the map use the same colour. */
export const AREA_STYLE: Readonly<Record<AreaKind, { colour: string; legend: MessageKey }>> = {
  stop: { colour: '#1f5fa8', legend: 'layerStop' },
  scene: { colour: '#b00020', legend: 'layerScene' },
  colocation: { colour: '#6a3d9a', legend: 'layerColocation' },
  dwell: { colour: '#8a5a00', legend: 'layerDwell' },
};

export const fillLayerId = (kind: AreaKind): string => `${kind}-fill`;
const lineLayerId = (kind: AreaKind): string => `${kind}-line`;
export const FILL_LAYERS = AREA_KINDS.map(fillLayerId);

/** One fill and one outline layer per kind over the `areas` source, scenes at the bottom. */
export function addAreaLayers(m: MapLibreMap): void {
  for (const kind of ['scene', 'dwell', 'colocation', 'stop'] as const) {
    const filter: ['==', ['get', string], string] = ['==', ['get', 'kind'], kind];
    const colour = AREA_STYLE[kind].colour;
    m.addLayer({
      id: fillLayerId(kind),
      type: 'fill',
      source: 'areas',
      filter,
      paint: { 'fill-color': colour, 'fill-opacity': kind === 'scene' ? 0.15 : 0.25 },
    });
    m.addLayer({
      id: lineLayerId(kind),
      type: 'line',
      source: 'areas',
      filter,
      paint: {
        'line-color': colour,
        'line-width': kind === 'colocation' ? 2 : 1,
        ...(kind === 'dwell' ? { 'line-dasharray': [3, 2] } : {}),
      },
    });
  }
}

/** Shows or hides a kind's layers (the trail line goes with the stops). */
export function setAreaVisible(m: MapLibreMap, kind: AreaKind, isVisible: boolean): void {
  const ids = [fillLayerId(kind), lineLayerId(kind), ...(kind === 'stop' ? ['trails'] : [])];
  for (const id of ids)
    if (m.getLayer(id)) m.setLayoutProperty(id, 'visibility', isVisible ? 'visible' : 'none');
}
