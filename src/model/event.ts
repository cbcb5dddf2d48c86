import { z } from 'zod';

export const EventKind = z.enum([
  'call',
  'sms',
  'mms',
  'data',
  'message',
  'cell-observation',
  'location-fix',
  'border-crossing',
  'incident',
]);
export type EventKind = z.infer<typeof EventKind>;

/** Communication event kinds: they have an originator and a recipient and feed contact analyses. */
export const COMMUNICATION_KINDS: readonly EventKind[] = ['call', 'sms', 'mms', 'data', 'message'];

/**
 * How a timestamp was turned into UTC, kept with every event so a court can see the zone applied.
 * `zone` is an IANA name or a fixed offset like `+02:00` taken from the source itself.
 */
export const TimeBasis = z.object({
  raw: z.string(),
  zone: z.string(),
  /** Set when the local time fell in a DST fold or gap and had to be resolved by a rule. */
  flag: z.enum(['dst-fold', 'dst-gap']).optional(),
});
export type TimeBasis = z.infer<typeof TimeBasis>;
