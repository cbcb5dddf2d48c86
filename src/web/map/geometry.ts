import type { CellArea } from '../../model/api/index';

const EARTH_M = 6371008.8;
const STEPS = 48;

/** The point `distM` from [lon, lat] on bearing `bearingDeg`, on a spherical Earth. */
function destination(
  [lon, lat]: readonly [number, number],
  bearingDeg: number,
  distM: number,
): [number, number] {
  const rad = Math.PI / 180;
  const d = distM / EARTH_M;
  const b = bearingDeg * rad;
  const p1 = lat * rad;
  const p2 = Math.asin(Math.sin(p1) * Math.cos(d) + Math.cos(p1) * Math.sin(d) * Math.cos(b));
  const l2 =
    lon * rad +
    Math.atan2(Math.sin(b) * Math.sin(d) * Math.cos(p1), Math.cos(d) - Math.sin(p1) * Math.sin(p2));
  return [((l2 / rad + 540) % 360) - 180, p2 / rad];
}

/** The area a cell covers as a closed ring: the sector the registry gives, or a circle of its range. */
export function areaRing(area: CellArea): [number, number][] {
  if (area.ring && area.ring.length > 2) return area.ring.map(([x, y]) => [x, y]);
  const ring: [number, number][] = [];
  for (let i = 0; i <= STEPS; i++) ring.push(destination(area.site, (360 * i) / STEPS, area.radiusM));
  return ring;
}
