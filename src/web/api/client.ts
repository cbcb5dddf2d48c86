import type { z } from 'zod';
import { ApiError, CLIENT_HEADER } from '../../model/api/index';

/** A failed API call, by its stable code; the page shows a message for the code, never the server's text. */
export class ApiFailure extends Error {
  constructor(
    readonly code: string,
    readonly status: number,
    readonly requestId: string | null,
  ) {
    super(code);
  }
}

/** Calls the API and parses the answer with the contract's schema: the page trusts nothing unchecked. */
export async function call<S extends z.ZodType>(
  schema: S,
  path: string,
  init: RequestInit = {},
): Promise<z.output<S>> {
  const headers = new Headers(init.headers);
  headers.set(CLIENT_HEADER, '1');
  if (init.body !== undefined && typeof init.body === 'string')
    headers.set('content-type', 'application/json');
  const res = await fetch(path, { ...init, headers, credentials: 'same-origin' });
  const body: unknown = await res.json().catch(() => null);
  if (!res.ok) {
    const err = ApiError.safeParse(body);
    throw new ApiFailure(
      err.success ? err.data.code : 'NETWORK',
      res.status,
      err.success ? err.data.requestId : null,
    );
  }
  return schema.parse(body);
}

export const postJson = (body: unknown): RequestInit => ({ method: 'POST', body: JSON.stringify(body) });

export const caseUrl = (caseName: string, rest: string): string =>
  `/api/cases/${encodeURIComponent(caseName)}/${rest}`;
