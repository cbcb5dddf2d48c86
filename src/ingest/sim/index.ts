export { simImporter, SimOptions } from './importer.js';
export { SimDump } from './sim-dump.js';
