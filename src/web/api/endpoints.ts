import { z } from 'zod';
import {
  AliasList,
  AnalysisList,
  AnalysisResult,
  CaseList,
  CaseSummary,
  ChartMetrics,
  ImportJob,
  ImporterList,
  ImportList,
  ImportReport,
  RejectList,
  SearchResult,
  type ChartMetricsBody,
  type CreateCaseBody,
  type StartImportBody,
} from '../../model/api/index';
import { call, caseUrl, postJson } from './client';

const q = (params: Record<string, string | number | undefined>): string => {
  const s = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined) s.set(k, String(v));
  return s.toString();
};

/** Every API call the page makes, typed by the shared contract. */
export const api = {
  cases: () => call(CaseList, '/api/cases'),
  createCase: (body: CreateCaseBody) => call(CaseSummary, '/api/cases', postJson(body)),
  importers: () => call(ImporterList, '/api/importers'),
  startImport: (c: string, body: StartImportBody) => call(ImportJob, caseUrl(c, 'imports'), postJson(body)),
  job: (c: string, jobId: string) => call(ImportJob, caseUrl(c, `import-jobs/${encodeURIComponent(jobId)}`)),
  importReport: (c: string, id: string) =>
    call(ImportReport, caseUrl(c, `imports/${encodeURIComponent(id)}`)),
  imports: (c: string) => call(ImportList, caseUrl(c, 'imports')),
  rejects: (c: string, importId: string, offset = 0) =>
    call(RejectList, caseUrl(c, `rejects?${q({ importId, offset, limit: 1000 })}`)),
  search: (c: string, text: string) => call(SearchResult, caseUrl(c, `search?${q({ q: text })}`)),
  aliases: (c: string, selector: string) => call(AliasList, caseUrl(c, `aliases?${q({ selector })}`)),
  analyses: () => call(AnalysisList, '/api/analyses'),
  runAnalysis: (c: string, id: string, input: Record<string, unknown>) =>
    call(AnalysisResult, caseUrl(c, `analyses/${encodeURIComponent(id)}`), postJson(input)),
  chartMetrics: (c: string, body: ChartMetricsBody) =>
    call(ChartMetrics, caseUrl(c, 'chart/metrics'), postJson(body)),
  health: () => call(z.object({ ok: z.literal(true) }), '/api/health'),
};
