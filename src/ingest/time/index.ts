export { assertTimeZone, isKnownZone, zoneOffsetMs } from '../../model/index.js';
export { localMsToUtc, localToUtc } from './local-time.js';
export type { LocalDateTime, ZonedInstant } from './local-time.js';
export { TieBreaker } from './tie-break.js';
