import { z } from 'zod';

const window = {
  /** ISO 8601 with offset; events at or after it. */
  from: z.string().optional(),
  /** ISO 8601 with offset; events before it. */
  to: z.string().optional(),
  limit: z.number().int().min(1).max(10_000).default(50),
};
const zone = z.string().optional();
const selector = z.string().min(1);

export const SceneInput = z.object({
  label: z.string().optional(),
  cells: z.array(z.string()),
  from: z.string(),
  to: z.string(),
});
export type SceneInput = z.infer<typeof SceneInput>;

/** Every communications analysis, as the CLI and the server request it. */
export const CommsRequest = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('profile'),
    subject: selector,
    silenceDays: z.number().positive().default(7),
    zone,
    ...window,
  }),
  z.object({
    kind: z.literal('top-contacts'),
    subject: selector,
    kinds: z.array(z.string()).min(1).optional(),
    min: z.number().int().min(1).default(1),
    ...window,
  }),
  z.object({
    kind: z.literal('common-contacts'),
    subjects: z.array(selector).min(2),
    min: z.number().int().min(1).optional(),
    ...window,
  }),
  z.object({
    kind: z.literal('paths'),
    subjects: z.tuple([selector, selector]),
    hops: z.number().int().min(1).max(6).default(3),
    relayMinutes: z.number().positive().optional(),
    ...window,
  }),
  z.object({
    kind: z.literal('tower-intersect'),
    scenes: z.array(SceneInput).default([]),
    minScenes: z.number().int().min(1).optional(),
    limit: window.limit,
  }),
  z.object({
    kind: z.literal('colocation'),
    subjects: z.array(selector).min(2),
    gapMinutes: z.number().min(0).default(30),
    radiusM: z.number().min(0).max(100_000).default(0),
    tripGapHours: z.number().positive().default(6),
    minTripSites: z.number().int().min(2).default(3),
    ...window,
  }),
  z.object({
    kind: z.literal('handsets'),
    selectors: z.array(selector).default([]),
    limit: z.number().int().min(1).default(500),
  }),
  z.object({
    kind: z.literal('successors'),
    subject: selector,
    withinDays: z.number().positive().default(30),
    overlapDays: z.number().min(0).default(3),
    minShared: z.number().int().min(1).default(2),
    limit: window.limit,
  }),
  z.object({ kind: z.literal('activity'), subject: selector, zone, from: window.from, to: window.to }),
  z.object({
    kind: z.literal('trail'),
    subject: selector,
    zone,
    nightFrom: z.number().int().min(0).max(23).default(22),
    nightTo: z.number().int().min(0).max(23).default(6),
    ...window,
    limit: z.number().int().min(1).max(10_000).default(500),
  }),
]);
export type CommsRequest = z.input<typeof CommsRequest>;
export type ParsedCommsRequest = z.output<typeof CommsRequest>;
export type CommsAnalysisKind = ParsedCommsRequest['kind'];
