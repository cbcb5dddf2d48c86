import type { StyleSpecification } from 'maplibre-gl';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import countries from 'world-atlas/countries-50m.json';

/** Natural Earth 1:50m countries, bundled from the world-atlas package: the map needs no tile server. */
export function basemapStyle(): StyleSpecification {
  const topo = countries as unknown as Topology<{ countries: GeometryCollection }>;
  const land = feature(topo, topo.objects.countries);
  return {
    version: 8,
    sources: {
      countries: { type: 'geojson', data: land, attribution: 'Natural Earth' },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#d7e7f2' } },
      { id: 'land', type: 'fill', source: 'countries', paint: { 'fill-color': '#f5f2ea' } },
      {
        id: 'borders',
        type: 'line',
        source: 'countries',
        paint: { 'line-color': '#8f8676', 'line-width': 0.6 },
      },
    ],
  };
}
