export type * from './port.js';
export type * from './graph-port.js';
export { DuckDbCatalogue } from './duckdb/catalogue.js';
export { DuckDbCaseStore } from './duckdb/case-store.js';
export type * from './comms-port.js';
export { DuckDbCommsQueries } from './duckdb/queries/comms/comms-queries.js';
