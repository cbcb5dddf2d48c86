export { ufedImporter } from './importer.js';
export { UfedOptions } from './options.js';
export { parseUfedTimestamp } from './timestamp.js';
export { Identities } from './identities.js';
export type { IdResult } from './identities.js';
export { extractionAnchor, OwnerAnchor } from './owner.js';
export { generateUfedReport } from './generate.js';
export { benchExtraction } from './bench.js';
