import type { Actor, Workspace } from '../intel/index.js';
import type { CaseScope } from './access.js';
import type { AnalysisTable } from './analyses/analysis.js';
import type { ImportJobs } from './import-jobs.js';
import type { UploadStore } from './uploads.js';
import type { WorkspaceGate } from './workspace-gate.js';

/** What the routes work with: the workspace services (the same as the CLI's) and the server's own state. */
export interface ServerServices {
  readonly ws: Workspace;
  readonly actor: Actor;
  readonly scope: CaseScope;
  readonly uploads: UploadStore;
  readonly jobs: ImportJobs;
  readonly analyses: AnalysisTable;
  readonly gate: WorkspaceGate;
}
