export { assertTimeZone, isKnownZone, localMsToUtc, localToUtc, zoneOffsetMs } from './local-time.js';
export type { LocalDateTime, ZonedInstant } from './local-time.js';
export { TieBreaker } from './tie-break.js';
