export { openSafeZip } from './safe-zip.js';
export type { SafeZip, SafeZipEntry } from './safe-zip.js';
export { extractSafeZip } from './extract.js';
export { safeEntryName } from './entry-name.js';
