import type { FastifyReply, FastifyRequest } from 'fastify';
import { CLIENT_HEADER } from '../model/api/index.js';
import { SkeinError } from '../model/index.js';

/**
 * Same-origin only, no inline script, no eval, nothing from the network. `blob:` workers are for
 * MapLibre, which starts its workers from a blob; the page itself loads no remote resource.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');

const HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'x-frame-options': 'DENY',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

export function setSecurityHeaders(request: FastifyRequest, reply: FastifyReply): void {
  for (const [name, value] of Object.entries(HEADERS)) reply.header(name, value);
  if (request.url.startsWith('/api/')) reply.header('cache-control', 'no-store');
}

const LOOPBACK_HOST = /^(localhost|127\.0\.0\.1|\[::1\])(:\d+)?$/;

/**
 * Refuses requests that a web page on another site could make: a Host that is not this machine
 * (DNS rebinding), and API calls without the client header (cross-site forms and simple requests).
 */
export function guardRequest(request: FastifyRequest, allowedHosts: readonly string[]): void {
  const host = request.headers.host ?? '';
  if (!LOOPBACK_HOST.test(host) && !allowedHosts.includes(host)) {
    throw new SkeinError('REQUEST_BAD_HOST', 'This server answers on its own address only.');
  }
  if (request.url.startsWith('/api/') && request.headers[CLIENT_HEADER] !== '1') {
    throw new SkeinError('REQUEST_NO_CLIENT_HEADER', `API calls carry the ${CLIENT_HEADER} header.`);
  }
}
