export * from './contract.js';
export { IMPORTERS, importerFor } from './registry.js';
