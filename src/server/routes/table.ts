import type { RouteSpec } from '../route.js';
import { listAnalysesRoute, runAnalysisRoute, chartMetricsRoute } from './analyses.js';
import { caseCountsRoute, createCaseRoute, listCasesRoute } from './cases.js';
import {
  getImportRoute,
  importJobRoute,
  listImportsRoute,
  rejectsRoute,
  startImportRoute,
  uploadRoute,
} from './imports.js';
import { healthRoute, importersRoute } from './meta.js';
import { aliasesRoute, searchRoute } from './search.js';

/** Every API route, in one list: the server registers these, OpenAPI describes them, tests walk them. */
export const ROUTES: readonly RouteSpec[] = [
  healthRoute,
  importersRoute,
  listAnalysesRoute,
  listCasesRoute,
  createCaseRoute,
  caseCountsRoute,
  uploadRoute,
  startImportRoute,
  importJobRoute,
  listImportsRoute,
  getImportRoute,
  rejectsRoute,
  searchRoute,
  aliasesRoute,
  runAnalysisRoute,
  chartMetricsRoute,
];
