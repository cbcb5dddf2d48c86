export * from './common.js';
export * from './cases.js';
export * from './imports.js';
export * from './search.js';
export * from './graph.js';
export * from './places.js';
export * from './analyses.js';
export * from './layout-profiles.js';
