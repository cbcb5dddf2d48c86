import { z } from 'zod';
import { ChartNode } from './graph.js';

const LonLat = z.tuple([z.number(), z.number()]);

/**
 * Where a phone using a cell may have been, never a bare point: a sector ring from the registry's
 * azimuth and beam, or a circle of `radiusM` around the site.
 */
export const CellArea = z.object({
  cell: z.string(),
  shape: z.enum(['sector', 'circle']),
  site: LonLat,
  radiusM: z.number(),
  isRadiusAssumed: z.boolean(),
  /** Closed ring of [lon, lat] for sectors. */
  ring: z.array(LonLat).nullable(),
});
export type CellArea = z.infer<typeof CellArea>;

/** A stay of an entity at one cell, in time order along its trail. */
export const TrailStop = z.object({
  entity: z.string(),
  from: z.string(),
  to: z.string(),
  events: z.number(),
  area: CellArea,
});
export type TrailStop = z.infer<typeof TrailStop>;

export const PlaceKind = z.enum(['scene', 'colocation', 'dwell']);
export type PlaceKind = z.infer<typeof PlaceKind>;

/** A tower-dump scene, a co-location or a dwell place: an area over a time span. */
export const Place = z.object({
  kind: PlaceKind,
  label: z.string(),
  area: CellArea,
  from: z.string().nullable(),
  to: z.string().nullable(),
  /** The entities it concerns (the scene's chart node, the subjects met or dwelling); a click selects them. */
  entities: z.array(ChartNode).default([]),
});
export type Place = z.infer<typeof Place>;

export const MapFragment = z.object({ trail: z.array(TrailStop), places: z.array(Place) });
export type MapFragment = z.infer<typeof MapFragment>;

/** Subjects at most whose co-locations and dwell places one request draws. */
export const MAX_MAP_SUBJECTS = 12;

/** The case's map layers: its tower-dump scenes, and the co-locations and dwell places of `subjects`. */
export const MapLayersBody = z.object({
  subjects: z.array(z.string().min(1).max(64)).max(MAX_MAP_SUBJECTS).default([]),
});
export type MapLayersBody = z.input<typeof MapLayersBody>;
