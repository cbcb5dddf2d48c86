export type { Actor } from './actor.js';
export { auditEntry, type AuditRequest } from './audit/entry.js';
export { verifyChain, type AuditVerdict } from './audit/verify.js';
export { Workspace, type NewCase } from './workspace.js';
export { importFile, type ImportRequest, type ImportResult } from './import-file.js';
export { sha256File } from './file-hash.js';
export { aliasesOf, rejectsOf, searchCase, selectorKeys } from './case-queries.js';
