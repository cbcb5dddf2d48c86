export { buildServer, type ServerOptions } from './app.js';
export { startWorkbench, type WorkbenchOptions } from './start.js';
export type { CaseScope } from './access.js';
