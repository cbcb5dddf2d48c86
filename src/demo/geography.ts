import type { Country } from './identifiers.js';
import { HOME_PLMN } from './identifiers.js';

/** A place the story happens in; its cells are sectors of a few sites around `lat`/`lon`. */
export type PlaceId =
  | 'sebha'
  | 'sebha-checkpoint'
  | 'tripoli'
  | 'zuwara'
  | 'zuwara-beach'
  | 'sabratha'
  | 'sabratha-safehouse'
  | 'sfax'
  | 'sfax-port'
  | 'palermo'
  | 'lampedusa';

export interface Place {
  readonly id: PlaceId;
  readonly label: string;
  readonly country: Country;
  readonly lat: number;
  readonly lon: number;
  /** Location area (LAC/TAC) of the place's cells. */
  readonly area: number;
  readonly sites: number;
  readonly radio: 'GSM' | 'UMTS' | 'LTE';
}

export interface Cell {
  /** Canonical key `mcc-mnc-area-cell`, as the CDR importer and the registry write it. */
  readonly key: string;
  readonly place: PlaceId;
  readonly radio: Place['radio'];
  readonly mcc: number;
  readonly mnc: number;
  readonly area: number;
  readonly cell: number;
  readonly lat: number;
  readonly lon: number;
  readonly azimuth: number;
  readonly beam: number;
  readonly rangeM: number;
}

// Approximate real coordinates; cells are placed around them, so maps look right and nothing is a real site.
export const PLACES: readonly Place[] = [
  {
    id: 'sebha',
    label: 'Sebha town',
    country: 'LY',
    lat: 27.037,
    lon: 14.428,
    area: 310,
    sites: 3,
    radio: 'GSM',
  },
  {
    id: 'sebha-checkpoint',
    label: 'Checkpoint south of Sebha',
    country: 'LY',
    lat: 26.905,
    lon: 14.462,
    area: 311,
    sites: 1,
    radio: 'GSM',
  },
  {
    id: 'tripoli',
    label: 'Tripoli',
    country: 'LY',
    lat: 32.887,
    lon: 13.191,
    area: 100,
    sites: 3,
    radio: 'UMTS',
  },
  {
    id: 'zuwara',
    label: 'Zuwara town',
    country: 'LY',
    lat: 32.931,
    lon: 12.082,
    area: 150,
    sites: 2,
    radio: 'GSM',
  },
  {
    id: 'zuwara-beach',
    label: 'Zuwara, western beach',
    country: 'LY',
    lat: 32.944,
    lon: 12.021,
    area: 151,
    sites: 1,
    radio: 'GSM',
  },
  {
    id: 'sabratha',
    label: 'Sabratha town',
    country: 'LY',
    lat: 32.793,
    lon: 12.488,
    area: 160,
    sites: 2,
    radio: 'GSM',
  },
  {
    id: 'sabratha-safehouse',
    label: 'Sabratha, farm district west',
    country: 'LY',
    lat: 32.781,
    lon: 12.436,
    area: 161,
    sites: 1,
    radio: 'GSM',
  },
  { id: 'sfax', label: 'Sfax', country: 'TN', lat: 34.74, lon: 10.76, area: 510, sites: 2, radio: 'LTE' },
  {
    id: 'sfax-port',
    label: 'Sfax fishing port',
    country: 'TN',
    lat: 34.727,
    lon: 10.772,
    area: 511,
    sites: 1,
    radio: 'LTE',
  },
  {
    id: 'palermo',
    label: 'Palermo',
    country: 'IT',
    lat: 38.116,
    lon: 13.361,
    area: 4021,
    sites: 2,
    radio: 'LTE',
  },
  {
    id: 'lampedusa',
    label: 'Lampedusa',
    country: 'IT',
    lat: 35.508,
    lon: 12.598,
    area: 4090,
    sites: 1,
    radio: 'LTE',
  },
];

const SECTORS = 3;

/** Every cell of the demo: three 120° sectors per site, deterministic (no randomness needed). */
export function buildCells(): Cell[] {
  const cells: Cell[] = [];
  for (const p of PLACES) {
    const plmn = HOME_PLMN[p.country];
    for (let s = 0; s < p.sites; s++) {
      // Sites sit on a small ring around the place centre (~1.5 km), so sectors point in different directions.
      const angle = (2 * Math.PI * s) / p.sites;
      const r = p.sites === 1 ? 0 : 0.014;
      for (let k = 0; k < SECTORS; k++) {
        const ci = p.radio === 'LTE' ? (p.area * 100 + s) * 256 + k + 1 : p.area * 100 + s * 10 + k + 1;
        cells.push({
          key: `${plmn.mcc}-${plmn.mnc}-${p.area}-${ci}`,
          place: p.id,
          radio: p.radio,
          mcc: plmn.mcc,
          mnc: plmn.mnc,
          area: p.area,
          cell: ci,
          lat: round6(p.lat + r * Math.sin(angle)),
          lon: round6(p.lon + r * Math.cos(angle)),
          azimuth: (k * 120 + 30 * s) % 360,
          beam: 65,
          rangeM: p.radio === 'GSM' ? 3500 : 1500,
        });
      }
    }
  }
  return cells;
}

const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

/** The cells of one place. */
export function cellsAt(cells: readonly Cell[], place: PlaceId): Cell[] {
  return cells.filter((c) => c.place === place);
}
