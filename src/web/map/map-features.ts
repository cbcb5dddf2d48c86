import type { Feature, FeatureCollection, LineString, Polygon } from 'geojson';
import type { CellArea, ChartNode, MapFragment } from '../../model/api/index';
import { isInRange } from '../state/workbench';
import { areaRing } from './geometry';

/** The map's area layers, one per kind of place; each has a legend entry and a toggle. */
export const AREA_KINDS = ['stop', 'scene', 'colocation', 'dwell'] as const;
export type AreaKind = (typeof AREA_KINDS)[number];

/** One drawn area: what the popup, the keyboard list and a click need. */
export interface MapItem {
  readonly kind: AreaKind;
  readonly label: string;
  readonly area: CellArea;
  readonly from: string | null;
  readonly to: string | null;
  readonly entities: readonly ChartNode[];
}

export interface AreaProps {
  readonly kind: AreaKind;
  /** Index into `items`, so a clicked feature finds its place without a lookup by label. */
  readonly idx: number;
}

export interface MapFeatures {
  readonly items: readonly MapItem[];
  readonly areas: FeatureCollection<Polygon, AreaProps>;
  readonly trails: FeatureCollection<LineString, { entity: string }>;
}

/** Every stop and place of the map as an item, whatever the brushed range. */
export function mapItems(map: MapFragment, nodeOf: (id: string) => ChartNode): MapItem[] {
  return [
    ...map.trail.map((s) => ({
      kind: 'stop' as const,
      label: s.area.cell,
      area: s.area,
      from: s.from,
      to: s.to,
      entities: [nodeOf(s.entity)],
    })),
    ...map.places,
  ];
}

/** Items within the brushed range as cell areas (never points), and the trail as a line per entity. */
export function mapFeatures(
  map: MapFragment,
  range: readonly [number, number] | null,
  nodeOf: (id: string) => ChartNode,
): MapFeatures {
  const items = mapItems(map, nodeOf);
  const areas: Feature<Polygon, AreaProps>[] = [];
  items.forEach((item, idx) => {
    if (!isInRange(item.from, item.to, range)) return;
    areas.push({
      type: 'Feature',
      geometry: { type: 'Polygon', coordinates: [areaRing(item.area)] },
      properties: { kind: item.kind, idx },
    });
  });
  const stops = map.trail.filter((s) => isInRange(s.from, s.to, range));
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
    items,
    areas: { type: 'FeatureCollection', features: areas },
    trails: { type: 'FeatureCollection', features: trails },
  };
}

/** The [west, south, east, north] box around items' areas, or null for none. */
export function boundsOf(items: readonly MapItem[]): [number, number, number, number] | null {
  let box: [number, number, number, number] | null = null;
  for (const i of items)
    for (const [x, y] of areaRing(i.area))
      box = box
        ? [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)]
        : [x, y, x, y];
  return box;
}
