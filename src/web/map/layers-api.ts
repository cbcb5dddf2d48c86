import { MapFragment, MAX_MAP_SUBJECTS, type ChartNode } from '../../model/api/index';
import { call, caseUrl, postJson } from '../api/client';

/** Kinds of entity that are parties of communications, so have co-locations and dwell places. */
const PARTY_KINDS = new Set(['phone', 'account']);

/** The case's scenes, and the co-locations and dwell places of the charted numbers, from the local server. */
export function fetchMapLayers(caseName: string, nodes: Iterable<ChartNode>): Promise<MapFragment> {
  const subjects = [...nodes]
    .filter((n) => PARTY_KINDS.has(n.kind))
    .map((n) => n.id)
    .slice(0, MAX_MAP_SUBJECTS);
  return call(MapFragment, caseUrl(caseName, 'map/layers'), postJson({ subjects }));
}
