export { vcardImporter } from './importer.js';
export { VCardOptions } from './options.js';
