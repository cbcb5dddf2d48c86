import type { AccountService } from '../../model/selectors/index.js';

// UFED writes the decoding app in `Source` (e.g. "WhatsApp", "Telegram", "Facebook Messenger").
const BY_PREFIX: readonly (readonly [string, AccountService])[] = [
  ['whatsapp', 'whatsapp'],
  ['telegram', 'telegram'],
  ['signal', 'signal'],
  ['viber', 'viber'],
  ['skype', 'skype'],
  ['instagram', 'instagram'],
  ['facebook', 'facebook'],
  ['messenger', 'facebook'],
];

// Sources whose identifiers are plain phone numbers rather than app accounts.
const TELEPHONY = new Set([
  '',
  'phone',
  'sim',
  'native messages',
  'sms',
  'mms',
  'imessage',
  'facetime',
  'default',
]);

/** The account service of a UFED source app, `other` for unknown apps, undefined for telephony. */
export function serviceOfSource(source: string | undefined): AccountService | undefined {
  const s = (source ?? '').trim().toLowerCase();
  if (TELEPHONY.has(s)) return undefined;
  return BY_PREFIX.find(([prefix]) => s.startsWith(prefix))?.[1] ?? 'other';
}
