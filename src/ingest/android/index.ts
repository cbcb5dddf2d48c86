export { androidImporter } from './importer.js';
export { MobileDbOptions } from './options.js';
export { runDatabases } from './run-databases.js';
export type { DbSession, DbContext, RowOutcome } from './db-session.js';
export { eachRow, num, text } from './sqlite-file.js';
