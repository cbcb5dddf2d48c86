import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { MapFragment } from '../../model/api/index';
import { isInRange } from '../state/workbench';
import { areaRing } from './geometry';

export interface AreaProps {
  readonly kind: 'stop' | 'scene' | 'colocation' | 'dwell';
  readonly label: string;
}

/** Trail stops and places within the brushed range as cell areas (never points), and the trail as a line per entity. */
export function mapFeatures(
  map: MapFragment,
  range: readonly [number, number] | null,
): {
  areas: FeatureCollection<Polygon, AreaProps>;
  trails: FeatureCollection<LineString, { entity: string }>;
} {
  const stops = map.trail.filter((s) => isInRange(s.from, s.to, range));
  const areas: Feature<Polygon, AreaProps>[] = [
    ...stops.map((s) => ({
      type: 'Feature' as const,
      geometry: { type: 'Polygon' as const, coordinates: [areaRing(s.area)] },
      properties: { kind: 'stop' as const, label: `${s.area.cell} · ${s.from} → ${s.to}` },
    })),
    ...map.places
      .filter((p) => isInRange(p.from, p.to, range))
      .map((p) => ({
        type: 'Feature' as const,
        geometry: { type: 'Polygon' as const, coordinates: [areaRing(p.area)] },
        properties: { kind: p.kind, label: p.label },
      })),
  ];
  const byEntity = new Map<string, [number, number][]>();
  for (const s of [...stops].sort((a, b) => a.from.localeCompare(b.from))) {
    const line = byEntity.get(s.entity) ?? [];
    line.push([s.area.site[0], s.area.site[1]]);
    byEntity.set(s.entity, line);
  }
  const trails = [...byEntity].map(([entity, coordinates]) => ({
    type: 'Feature' as const,
    geometry: { type: 'LineString' as const, coordinates },
    properties: { entity },
  }));
  return {
    areas: { type: 'FeatureCollection', features: areas },
    trails: { type: 'FeatureCollection', features: trails },
  };
}
