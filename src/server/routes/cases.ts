import { CaseCounts, CaseList, CaseParams, CaseSummary, CreateCaseBody } from '../../model/api/index.js';
import { isCaseInScope } from '../access.js';
import { defineRoute } from '../route.js';

export const listCasesRoute = defineRoute({
  id: 'cases.list',
  method: 'GET',
  url: '/api/cases',
  summary: 'The open cases this server serves.',
  access: { kind: 'workspace', operation: 'consultation' },
  audit: 'route',
  response: CaseList,
  async handler(ctx) {
    const cases = (await ctx.ws.listCases()).filter(
      (c) => c.status === 'open' && isCaseInScope(ctx.services.scope, c.name),
    );
    await ctx.audit(cases.map((c) => c.name));
    return { cases };
  },
});

export const createCaseRoute = defineRoute({
  id: 'cases.create',
  method: 'POST',
  url: '/api/cases',
  summary: 'Opens a new case.',
  access: { kind: 'workspace', operation: 'collection' },
  audit: 'service',
  body: CreateCaseBody,
  response: CaseSummary,
  status: 201,
  async handler(ctx) {
    const b = ctx.body;
    const info = await ctx.ws.createCase(
      {
        name: b.name,
        ...(b.title ? { title: b.title } : {}),
        ...(b.purpose ? { purpose: b.purpose } : {}),
        ...(b.region ? { region: b.region } : {}),
        ...(b.tz ? { tz: b.tz } : {}),
      },
      ctx.actor,
    );
    ctx.auditedByService();
    return info;
  },
});

export const caseCountsRoute = defineRoute({
  id: 'cases.counts',
  method: 'GET',
  url: '/api/cases/:caseName/counts',
  summary: 'How many entities, events, links and rejects the case holds.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'route',
  params: CaseParams,
  response: CaseCounts,
  async handler(ctx) {
    const counts = await ctx.ws.withCase(ctx.params.caseName, (store) => store.counts());
    await ctx.audit([ctx.params.caseName]);
    return { counts };
  },
});
