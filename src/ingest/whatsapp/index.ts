export { whatsappImporter } from './importer.js';
export { WhatsAppOptions } from './options.js';
export { localToUtc, assertTimeZone } from './local-time.js';
export type { LocalDateTime, ZonedInstant } from './local-time.js';
export { TieBreaker } from './tie-break.js';
