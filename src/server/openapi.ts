import { z } from 'zod';
import { ApiError } from '../model/api/index.js';
import type { RouteSpec } from './route.js';

type Json = Record<string, unknown>;

const schemaOf = (s: z.ZodType, io: 'input' | 'output'): Json =>
  z.toJSONSchema(s, { io, unrepresentable: 'any' }) as Json;

/** `/api/cases/:caseName` → `/api/cases/{caseName}`. */
const openApiPath = (url: string): string => url.replace(/:([A-Za-z]+)/g, '{$1}');

function parametersOf(spec: RouteSpec): Json[] {
  const out: Json[] = [];
  for (const [where, schema] of [
    ['path', spec.params],
    ['query', spec.query],
  ] as const) {
    if (!schema) continue;
    const js = schemaOf(schema, 'input') as { properties?: Json; required?: string[] };
    for (const [name, s] of Object.entries(js.properties ?? {})) {
      out.push({
        name,
        in: where,
        required: where === 'path' || (js.required ?? []).includes(name),
        schema: s,
      });
    }
  }
  return out;
}

function requestBodyOf(spec: RouteSpec): Json | undefined {
  if (!spec.body) return undefined;
  if (spec.body === 'multipart') {
    const file = { type: 'object', properties: { file: { type: 'string', format: 'binary' } } };
    return { required: true, content: { 'multipart/form-data': { schema: file } } };
  }
  return { required: true, content: { 'application/json': { schema: schemaOf(spec.body, 'input') } } };
}

/** The OpenAPI 3.1 description of the route table, generated from the same zod schemas the server checks. */
export function openApiDocument(routes: readonly RouteSpec[]): Json {
  const paths: Record<string, Json> = {};
  const error = { content: { 'application/json': { schema: schemaOf(ApiError, 'output') } } };
  for (const spec of routes) {
    const body = requestBodyOf(spec);
    const op: Json = {
      operationId: spec.id,
      summary: spec.summary,
      'x-skein-access': spec.access,
      'x-skein-audit': spec.audit,
      parameters: parametersOf(spec),
      ...(body ? { requestBody: body } : {}),
      responses: {
        [String(spec.status ?? 200)]: {
          description: 'OK',
          content: { 'application/json': { schema: schemaOf(spec.response, 'output') } },
        },
        default: { description: 'An error with a stable code', ...error },
      },
    };
    paths[openApiPath(spec.url)] = {
      ...(paths[openApiPath(spec.url)] ?? {}),
      [spec.method.toLowerCase()]: op,
    };
  }
  return {
    openapi: '3.1.0',
    info: { title: 'Skein workbench API', version: '1' },
    paths,
  };
}
