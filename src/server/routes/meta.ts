import { z } from 'zod';
import { IMPORTERS } from '../../ingest/index.js';
import { ImporterList } from '../../model/api/index.js';
import { defineRoute } from '../route.js';

export const healthRoute = defineRoute({
  id: 'health',
  method: 'GET',
  url: '/api/health',
  summary: 'The server is up.',
  access: { kind: 'public' },
  audit: 'none',
  response: z.object({ ok: z.literal(true) }),
  handler: async () => ({ ok: true as const }),
});

export const importersRoute = defineRoute({
  id: 'importers',
  method: 'GET',
  url: '/api/importers',
  summary: 'The importers, with their options as JSON Schema for the import form.',
  access: { kind: 'public' },
  audit: 'none',
  response: ImporterList,
  handler: async () => ({
    importers: Object.values(IMPORTERS).map((i) => ({
      kind: i.kind,
      name: i.name,
      version: i.version,
      acceptsFolder: i.acceptsFolder,
      options: z.toJSONSchema(i.options, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>,
    })),
  }),
});
