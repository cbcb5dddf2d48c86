import { basename } from 'node:path';
import type { FastifyError, FastifyReply, FastifyRequest } from 'fastify';
import type { ApiError } from '../model/api/index.js';
import { isSkeinError, type SkeinError } from '../model/index.js';
import { statusForCode } from './error-table.js';

/** Fastify's own request errors (bad JSON, body too large) under our codes. */
function fromFastify(e: FastifyError): { code: string; status: number } | null {
  const status = e.statusCode ?? 500;
  if (status >= 500) return null;
  if (status === 413) return { code: 'UPLOAD_TOO_LARGE', status };
  if (status === 415) return { code: 'REQUEST_BAD_CONTENT_TYPE', status };
  return { code: 'REQUEST_BAD_BODY', status };
}

/** A location without server paths: only the file's own name leaves the server. */
function publicLocation(e: SkeinError): ApiError['location'] {
  const { file, row, field } = e.location;
  return {
    ...(file ? { file: basename(file) } : {}),
    ...(row !== undefined ? { row } : {}),
    ...(field ? { field } : {}),
  };
}

/**
 * Coded errors answer their code, message and status from the error table. Anything else is a bug:
 * the client gets the request id only, the log gets the detail.
 */
export function replyWithError(error: unknown, request: FastifyRequest, reply: FastifyReply): ApiError {
  const requestId = String(request.id);
  if (isSkeinError(error)) {
    reply.status(statusForCode(error.code));
    return { code: error.code, message: error.message, requestId, location: publicLocation(error) };
  }
  const known = error instanceof Error ? fromFastify(error as FastifyError) : null;
  if (known) {
    reply.status(known.status);
    return { code: known.code, message: 'The request was refused.', requestId };
  }
  request.log.error({ err: error, requestId }, 'internal error');
  reply.status(500);
  return { code: 'INTERNAL', message: 'Internal error.', requestId };
}
