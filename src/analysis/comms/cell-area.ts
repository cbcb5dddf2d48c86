import type { CellSite } from '../../store/index.js';

/**
 * Where a phone using a cell may have been: never a bare point. A sector when the registry gives azimuth
 * and beam, a circle around the site otherwise, and `unknown` when the cell is not in the registry.
 */
export type CellArea =
  | {
      readonly kind: 'sector';
      readonly site: readonly [number, number];
      readonly azimuth: number;
      readonly beam: number;
      readonly radiusM: number;
      readonly isRadiusAssumed: boolean;
      /** Closed ring of [lon, lat] (GeoJSON order). */
      readonly polygon: readonly (readonly [number, number])[];
    }
  | {
      readonly kind: 'circle';
      readonly site: readonly [number, number];
      readonly radiusM: number;
      readonly isRadiusAssumed: boolean;
    }
  | { readonly kind: 'unknown' };

/** Radius used when the registry has no range: a typical urban-to-suburban macro cell, flagged as assumed. */
export const ASSUMED_RANGE_M = 2000;
const EARTH_M = 6371008.8;

/** The point `distM` from (lat, lon) on bearing `bearingDeg` (spherical Earth). */
export function destination(lat: number, lon: number, bearingDeg: number, distM: number): [number, number] {
  const rad = Math.PI / 180;
  const d = distM / EARTH_M;
  const b = bearingDeg * rad;
  const p1 = lat * rad;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 =
    lon * rad +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [round(((l2 / rad + 540) % 360) - 180), round(p2 / rad)];
}

const round = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The uncertainty area of a registry row (or `unknown` without one). */
export function cellArea(site: CellSite | undefined): CellArea {
  if (!site || site.lat === null || site.lon === null) return { kind: 'unknown' };
  const isRadiusAssumed = site.rangeM === null || site.rangeM <= 0;
  const radiusM = isRadiusAssumed ? ASSUMED_RANGE_M : (site.rangeM as number);
  const at: [number, number] = [site.lon, site.lat];
  if (site.azimuth === null || site.beam === null || site.beam <= 0 || site.beam >= 360) {
    return { kind: 'circle', site: at, radiusM, isRadiusAssumed };
  }
  const { lat, lon, azimuth, beam } = site;
  const steps = Math.max(2, Math.ceil(beam / 10));
  const arc = Array.from({ length: steps + 1 }, (_, i) =>
    destination(lat, lon, azimuth - beam / 2 + (i * beam) / steps, radiusM),
  );
  return {
    kind: 'sector',
    site: at,
    azimuth: site.azimuth,
    beam: site.beam,
    radiusM,
    isRadiusAssumed,
    polygon: [at, ...arc, at],
  };
}
