import { ok } from '../result.js';
import type { Result } from '../result.js';
import { cleanText } from './clean.js';
import { selectorIssue } from './issue.js';
import type { EmailSelector, SelectorIssue } from './types.js';

// RFC 5322 dot-atom (plus RFC 6531 non-ASCII letters); quoted local parts and IP-literal domains are
// legal but never seen in our sources, and accepting them would let garbage through.
const ATOM = /^[\p{L}\p{N}!#$%&'*+/=?^_`{|}~-]+$/u;
const LABEL = /^[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?$/u;
const MAX_LOCAL = 64;
const MAX_DOMAIN = 253;
// "Name <a@b.c>" from message headers and "mailto:a@b.c" from links.
const DISPLAY_NAME = /<([^<>]*)>\s*$/u;

/**
 * Normalises an e-mail address: trimmed, display name and `mailto:` removed, and lowercased whole.
 * The local part is lowercased too although RFC 5321 lets it be case-sensitive: every large mailbox
 * provider treats it case-insensitively, and keeping case would split one person across nodes.
 * Provider-specific aliasing (Gmail dots, `+tags`) is deliberately not folded: it is not universal.
 */
export function normaliseEmail(raw: string): Result<EmailSelector, SelectorIssue> {
  let text = cleanText(raw);
  if (text === '') return selectorIssue('email', 'EMAIL_EMPTY', raw);
  text = (DISPLAY_NAME.exec(text)?.[1] ?? text).trim().replace(/^mailto:/iu, '');
  const value = text.toLowerCase();
  const at = value.lastIndexOf('@');
  const localPart = value.slice(0, at);
  const domain = value.slice(at + 1);
  if (at < 0 || !isLocalPart(localPart) || !isDomain(domain))
    return selectorIssue('email', 'EMAIL_INVALID', raw);
  return ok({ kind: 'email', value, raw, flags: [], detail: { localPart, domain } });
}

const isLocalPart = (s: string): boolean =>
  s.length <= MAX_LOCAL && s.split('.').every((atom) => ATOM.test(atom));

function isDomain(s: string): boolean {
  const labels = s.split('.');
  const tld = labels.at(-1) ?? '';
  return (
    s.length <= MAX_DOMAIN && labels.length >= 2 && labels.every((l) => LABEL.test(l)) && !/^\d+$/u.test(tld)
  );
}
