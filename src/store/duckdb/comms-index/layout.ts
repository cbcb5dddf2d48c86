import { z } from 'zod';

/**
 * The on-disk layout of a case's communications index: one raw little-endian file per column, rows of
 * `legs` sorted by (party, t, event id) and rows of `obs` (cell sightings) by (cell, t, event id), and a
 * start-offset file per directory so one party's or one cell's rows are a single contiguous read.
 * Strings live once in `meta.json` dictionaries; columns hold their numbers (-1 for none).
 */
export const LEG_COLUMNS = {
  t: Float64Array,
  other: Int32Array,
  kind: Uint8Array,
  dir: Uint8Array,
  dur: Int32Array,
  cell: Int32Array,
  imei: Int32Array,
  imsi: Int32Array,
  ev0: Uint32Array,
  ev1: Uint32Array,
  ev2: Uint32Array,
} as const;

export const OBS_COLUMNS = {
  t: Float64Array,
  party: Int32Array,
  ev0: Uint32Array,
  ev1: Uint32Array,
  ev2: Uint32Array,
} as const;

/** A party's ties (communication kinds, another party), sorted by (party, other), with their first and last event. */
export const PAIR_COLUMNS = {
  other: Int32Array,
  n: Int32Array,
  nOut: Int32Array,
  nIn: Int32Array,
  dur: Float64Array,
  first: Float64Array,
  last: Float64Array,
  fev0: Uint32Array,
  fev1: Uint32Array,
  fev2: Uint32Array,
  lev0: Uint32Array,
  lev1: Uint32Array,
  lev2: Uint32Array,
} as const;

export type LegColumn = keyof typeof LEG_COLUMNS;
export type PairColumn = keyof typeof PAIR_COLUMNS;
export type ObsColumn = keyof typeof OBS_COLUMNS;
export type ColumnArray = InstanceType<(typeof LEG_COLUMNS)[LegColumn]>;

/** Bumped whenever the layout changes, so existing indexes are rebuilt. */
export const INDEX_VERSION = 3;

export const IndexMeta = z.object({
  version: z.literal(INDEX_VERSION),
  stamp: z.string(),
  legs: z.number().int().nonnegative(),
  obs: z.number().int().nonnegative(),
  pairs: z.number().int().nonnegative(),
  parties: z.array(z.string()),
  cells: z.array(z.string()),
  kinds: z.array(z.string()),
  dirs: z.array(z.string()),
  imeis: z.array(z.string()),
  imsis: z.array(z.string()),
});
export type IndexMeta = z.infer<typeof IndexMeta>;

export const IndexEntities = z.object({
  ids: z.array(z.string()),
  kinds: z.array(z.string()),
  keys: z.array(z.string().nullable()),
  labels: z.array(z.string()),
});
export type IndexEntities = z.infer<typeof IndexEntities>;

export const IndexSites = z.array(
  z.object({
    key: z.string(),
    lat: z.number().nullable(),
    lon: z.number().nullable(),
    azimuth: z.number().nullable(),
    beam: z.number().nullable(),
    rangeM: z.number().nullable(),
    radio: z.string().nullable(),
    label: z.string().nullable(),
  }),
);

export const legFile = (c: LegColumn): string => `legs.${c}.bin`;
export const pairFile = (c: PairColumn): string => `pairs.${c}.bin`;
export const obsFile = (c: ObsColumn): string => `obs.${c}.bin`;
export const LEG_STARTS = 'legs.start.bin';
export const OBS_STARTS = 'obs.start.bin';
export const PAIR_STARTS = 'pairs.start.bin';
export const META = 'meta.json';
/** Registry sites of the cells in the index, as `CellSite` rows. */
export const SITES = 'sites.json';
/** Per party, the time of its first and last leg (NaN for a party with none). */
export const PARTY_FIRST = 'party.first.bin';
export const PARTY_LAST = 'party.last.bin';
export const ENTITIES = 'entities.json';

/** Event ids are `evt_` and 24 hex digits; the index keeps the digits as three 32-bit words. */
export const EVENT_ID = /^evt_[0-9a-f]{24}$/u;

/** Two hex digits per byte value: evidence rows rebuild many ids per lookup, and a table beats `toString(16)`. */
const BYTE_HEX = Array.from({ length: 256 }, (_, b) => b.toString(16).padStart(2, '0'));

function wordHex(w: number): string {
  return (
    (BYTE_HEX[w >>> 24] as string) +
    (BYTE_HEX[(w >>> 16) & 255] as string) +
    (BYTE_HEX[(w >>> 8) & 255] as string) +
    (BYTE_HEX[w & 255] as string)
  );
}

export function eventIdOf(w0: number, w1: number, w2: number): string {
  return `evt_${wordHex(w0)}${wordHex(w1)}${wordHex(w2)}`;
}
