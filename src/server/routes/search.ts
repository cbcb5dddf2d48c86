import { aliasesOf, searchCase } from '../../intel/index.js';
import { AliasList, AliasQuery, CaseParams, SearchQuery, SearchResult } from '../../model/api/index.js';
import { defineRoute } from '../route.js';

export const searchRoute = defineRoute({
  id: 'search',
  method: 'GET',
  url: '/api/cases/:caseName/search',
  summary: 'Tolerant search over selectors, names and aliases.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'service',
  params: CaseParams,
  query: SearchQuery,
  response: SearchResult,
  async handler(ctx) {
    const hits = await searchCase(ctx.ws, ctx.params.caseName, ctx.query.q, ctx.actor, ctx.query.limit);
    ctx.auditedByService();
    return { hits };
  },
});

export const aliasesRoute = defineRoute({
  id: 'aliases',
  method: 'GET',
  url: '/api/cases/:caseName/aliases',
  summary: 'Every name a selector is saved under, and in whose phone.',
  access: { kind: 'case', operation: 'consultation' },
  audit: 'service',
  params: CaseParams,
  query: AliasQuery,
  response: AliasList,
  async handler(ctx) {
    const aliases = await aliasesOf(ctx.ws, ctx.params.caseName, ctx.query.selector, ctx.actor);
    ctx.auditedByService();
    return { aliases };
  },
});
