import type { RouteSpec } from '../route.js';
import { listAnalysesRoute, runAnalysisRoute, chartMetricsRoute, mapLayersRoute } from './analyses.js';
import { caseCountsRoute, createCaseRoute, listCasesRoute } from './cases.js';
import {
  detectLayoutRoute,
  getImportRoute,
  importJobRoute,
  listImportsRoute,
  listLayoutProfilesRoute,
  rejectsRoute,
  saveLayoutProfileRoute,
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
  detectLayoutRoute,
  listLayoutProfilesRoute,
  saveLayoutProfileRoute,
  startImportRoute,
  importJobRoute,
  listImportsRoute,
  getImportRoute,
  rejectsRoute,
  searchRoute,
  aliasesRoute,
  runAnalysisRoute,
  chartMetricsRoute,
  mapLayersRoute,
];
