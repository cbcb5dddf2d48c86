import type { CountryCode } from 'libphonenumber-js/max';
import { ok } from '../result.js';
import type { Result } from '../result.js';
import { cleanText } from './clean.js';
import { normaliseEmail } from './email.js';
import { selectorIssue } from './issue.js';
import { normalisePhone } from './phone.js';
import { ACCOUNT_SERVICES } from './types.js';
import type { AccountSelector, AccountService, SelectorFlag, SelectorIssue } from './types.js';

export interface AccountOptions {
  /** The service, when the source says it; otherwise `raw` must read `service:handle`. */
  readonly service?: AccountService;
  /** Region for national-format phone numbers used as handles (WhatsApp, Signal, Viber). */
  readonly region?: CountryCode;
}

type Handle = { readonly handle: string; readonly flags: readonly SelectorFlag[] } | undefined;

const WHATSAPP_JID = /^(\d{6,15})@(?:s\.whatsapp\.net|c\.us)$/u;
const WHATSAPP_GROUP = /^([\d-]+)@g\.us$/u;
const TELEGRAM_USERNAME = /^[a-z][a-z0-9_]{3,31}$/u;
const TELEGRAM_USER_ID = /^(\d{1,20})$/u;
const INSTAGRAM_USERNAME = /^[a-z0-9._]{1,30}$/u;
const FACEBOOK_ID = /^(?:profile\.php\?id=)?(\d{5,20})$/u;
const FACEBOOK_USERNAME = /^[a-z0-9.]{5,50}$/u;
const SKYPE_NAME = /^(?:live:)?[a-z0-9][a-z0-9.,_:-]{1,63}$/u;
const URL_PREFIX =
  /^(?:https?:\/\/)?(?:www\.|m\.)?(?:t\.me|telegram\.me|instagram\.com|facebook\.com|fb\.com)\//iu;

/**
 * Normalises a messaging / social-media account to `service:handle`.
 * Phone-based services (WhatsApp, Signal, Viber) use the E.164 number as handle, so a WhatsApp JID
 * `218912345678@s.whatsapp.net` becomes `whatsapp:+218912345678`. Username services are lowercased
 * because the services themselves match usernames case-insensitively; numeric ids get an `id:` prefix
 * so they cannot collide with usernames.
 */
export function normaliseAccount(
  raw: string,
  opts: AccountOptions = {},
): Result<AccountSelector, SelectorIssue> {
  const text = cleanText(raw);
  if (text === '') return selectorIssue('account', 'ACCOUNT_EMPTY', raw);
  const split = splitService(text, opts.service);
  if (split === undefined) return selectorIssue('account', 'ACCOUNT_UNKNOWN_SERVICE', raw);
  const { service, rest } = split;
  const handle = handleFor(service, rest.trim(), opts.region);
  if (handle === undefined || handle.handle === '')
    return selectorIssue('account', 'ACCOUNT_INVALID_HANDLE', raw);
  return ok({
    kind: 'account',
    value: `${service}:${handle.handle}`,
    raw,
    flags: handle.flags,
    detail: { service, handle: handle.handle },
  });
}

const isService = (s: string): s is AccountService => (ACCOUNT_SERVICES as readonly string[]).includes(s);

function splitService(
  text: string,
  given: AccountService | undefined,
): { service: AccountService; rest: string } | undefined {
  const colon = text.indexOf(':');
  const prefix = colon > 0 ? text.slice(0, colon).toLowerCase() : '';
  // Accept the `service:` prefix even when the service is given, so a normalised value re-normalises to itself.
  if (isService(prefix) && (given === undefined || given === prefix))
    return { service: prefix, rest: text.slice(colon + 1) };
  return given !== undefined ? { service: given, rest: text } : undefined;
}

function handleFor(service: AccountService, rest: string, region: CountryCode | undefined): Handle {
  switch (service) {
    case 'whatsapp':
      return whatsappHandle(rest, region);
    case 'signal':
    case 'viber':
      return phoneHandle(rest, region) ?? lowerHandle(rest);
    case 'telegram':
      return telegramHandle(rest.replace(URL_PREFIX, ''), region);
    case 'instagram':
      return matchHandle(
        stripAt(rest.replace(URL_PREFIX, '')).toLowerCase().replace(/\/$/u, ''),
        INSTAGRAM_USERNAME,
      );
    case 'facebook':
      return facebookHandle(rest.replace(URL_PREFIX, '').replace(/\/$/u, ''));
    case 'skype':
      return matchHandle(rest.toLowerCase(), SKYPE_NAME);
    case 'email': {
      const email = normaliseEmail(rest);
      return email.ok ? { handle: email.value.value, flags: [] } : undefined;
    }
    case 'other':
      // Unknown services: no case rule is known, so the handle is kept as written.
      return { handle: rest.replace(/\s+/gu, ' '), flags: [] };
    default: {
      const unreachable: never = service;
      throw new Error(`unknown account service ${String(unreachable)}`);
    }
  }
}

const stripAt = (s: string): string => s.replace(/^@/u, '');
const lowerHandle = (s: string): Handle => ({ handle: s.replace(/\s+/gu, '').toLowerCase(), flags: [] });
const matchHandle = (s: string, re: RegExp): Handle => (re.test(s) ? { handle: s, flags: [] } : undefined);

function phoneHandle(s: string, region: CountryCode | undefined): Handle {
  if (!/^[+\d\s().-]+$/u.test(s)) return undefined;
  const phone = normalisePhone(s, region !== undefined ? { region } : {});
  if (!phone.ok || phone.value.flags.includes('short-code')) return undefined;
  return { handle: phone.value.value, flags: phone.value.flags };
}

function whatsappHandle(s: string, region: CountryCode | undefined): Handle {
  const group = WHATSAPP_GROUP.exec(s);
  if (group?.[1] !== undefined) return { handle: `group:${group[1]}`, flags: [] };
  if (s.startsWith('group:')) return { handle: s, flags: [] };
  // A JID always holds the full international number, without the `+`.
  const jid = WHATSAPP_JID.exec(s);
  return phoneHandle(jid?.[1] !== undefined ? `+${jid[1]}` : s, region);
}

function telegramHandle(s: string, region: CountryCode | undefined): Handle {
  if (s.startsWith('+')) return phoneHandle(s, region);
  const id = TELEGRAM_USER_ID.exec(s.replace(/^id:/u, ''));
  if (id?.[1] !== undefined) return { handle: `id:${id[1]}`, flags: [] };
  return matchHandle(stripAt(s).toLowerCase(), TELEGRAM_USERNAME);
}

function facebookHandle(s: string): Handle {
  const id = FACEBOOK_ID.exec(s.replace(/^id:/u, ''));
  if (id?.[1] !== undefined) return { handle: `id:${id[1]}`, flags: [] };
  return matchHandle(stripAt(s).toLowerCase(), FACEBOOK_USERNAME);
}
