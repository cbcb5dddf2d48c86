import { describe, expect, it } from 'vitest';
import { normaliseAccount } from './account.js';
import type { AccountOptions } from './account.js';

const valueOf = (raw: string, opts: AccountOptions = {}) => {
  const r = normaliseAccount(raw, opts);
  if (!r.ok) throw new Error(`expected ok for ${raw}, got ${r.error.code}`);
  return r.value;
};
const codeOf = (raw: string, opts: AccountOptions = {}) => {
  const r = normaliseAccount(raw, opts);
  return r.ok ? undefined : r.error.code;
};

describe('normaliseAccount', () => {
  it.each([
    ['WhatsApp JID', '218912345678@s.whatsapp.net', { service: 'whatsapp' }, 'whatsapp:+218912345678'],
    ['WhatsApp legacy JID', '218912345678@c.us', { service: 'whatsapp' }, 'whatsapp:+218912345678'],
    [
      'WhatsApp national number',
      '091 234 5678',
      { service: 'whatsapp', region: 'LY' },
      'whatsapp:+218912345678',
    ],
    [
      'WhatsApp group',
      '218912345678-1600000000@g.us',
      { service: 'whatsapp' },
      'whatsapp:group:218912345678-1600000000',
    ],
    ['Telegram username', '@Smuggler_Boss', { service: 'telegram' }, 'telegram:smuggler_boss'],
    ['Telegram link', 'https://t.me/Smuggler_Boss', { service: 'telegram' }, 'telegram:smuggler_boss'],
    ['Telegram numeric id', '123456789', { service: 'telegram' }, 'telegram:id:123456789'],
    ['Telegram phone', '+218 91 234 5678', { service: 'telegram' }, 'telegram:+218912345678'],
    ['Instagram', 'instagram.com/Some.User/', { service: 'instagram' }, 'instagram:some.user'],
    [
      'Facebook id',
      'https://facebook.com/profile.php?id=100004123456789',
      { service: 'facebook' },
      'facebook:id:100004123456789',
    ],
    ['Facebook username', 'John.Doe.77', { service: 'facebook' }, 'facebook:john.doe.77'],
    ['Signal phone', '+216 20 123 456', { service: 'signal' }, 'signal:+21620123456'],
    ['Viber phone', '0021620123456', { service: 'viber' }, 'viber:+21620123456'],
    ['Skype', 'live:.cid.ABC123', { service: 'skype' }, 'skype:live:.cid.abc123'],
    ['email', 'Ali@Example.com', { service: 'email' }, 'email:ali@example.com'],
    ['other keeps case', 'SomeHandle', { service: 'other' }, 'other:SomeHandle'],
    ['service prefix in raw', 'Telegram:@Smuggler_Boss', {}, 'telegram:smuggler_boss'],
  ] as const)('%s', (_label, raw, opts, value) => {
    const sel = valueOf(raw, opts);
    expect(sel.value).toBe(value);
    expect(sel.raw).toBe(raw);
  });

  it('re-normalises its own value to itself', () => {
    expect(valueOf('telegram:smuggler_boss', { service: 'telegram' }).value).toBe('telegram:smuggler_boss');
    expect(valueOf('whatsapp:+218912345678').value).toBe('whatsapp:+218912345678');
  });

  it.each([
    ['', {}, 'ACCOUNT_EMPTY'],
    ['@someone', {}, 'ACCOUNT_UNKNOWN_SERVICE'],
    ['myspace:someone', {}, 'ACCOUNT_UNKNOWN_SERVICE'],
    ['ab', { service: 'telegram' }, 'ACCOUNT_INVALID_HANDLE'],
    ['not a phone', { service: 'whatsapp' }, 'ACCOUNT_INVALID_HANDLE'],
    ['1234', { service: 'whatsapp', region: 'LY' }, 'ACCOUNT_INVALID_HANDLE'],
    ['no-at-sign', { service: 'email' }, 'ACCOUNT_INVALID_HANDLE'],
  ] as const)('%j %j → %s', (raw, opts, code) => {
    expect(codeOf(raw, opts)).toBe(code);
  });
});
