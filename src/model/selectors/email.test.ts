import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './email.js';

describe('normaliseEmail', () => {
  it.each([
    ['  Ali.Ben@Example.COM ', 'ali.ben@example.com'],
    ['Ali Ben <ali.ben@example.com>', 'ali.ben@example.com'],
    ['mailto:Ali+tag@mail.example.ly', 'ali+tag@mail.example.ly'],
    ['\u200Fuser@xn--mgbaam7a8h.example', 'user@xn--mgbaam7a8h.example'],
  ])('%j → %s', (raw, value) => {
    const r = normaliseEmail(raw);
    expect(r.ok && r.value).toMatchObject({ kind: 'email', value, raw, flags: [] });
  });

  it('splits local part and domain', () => {
    const r = normaliseEmail('A@B.example');
    expect(r.ok && r.value.detail).toEqual({ localPart: 'a', domain: 'b.example' });
  });

  it.each([
    ['', 'EMAIL_EMPTY'],
    ['no-at-sign.example.com', 'EMAIL_INVALID'],
    ['a@localhost', 'EMAIL_INVALID'],
    ['a..b@example.com', 'EMAIL_INVALID'],
    ['.a@example.com', 'EMAIL_INVALID'],
    ['a@-example.com', 'EMAIL_INVALID'],
    ['a@example.123', 'EMAIL_INVALID'],
    ['a b@example.com', 'EMAIL_INVALID'],
    [`${'a'.repeat(65)}@example.com`, 'EMAIL_INVALID'],
  ])('%j → %s', (raw, code) => {
    const r = normaliseEmail(raw);
    expect(r.ok ? undefined : r.error).toEqual({ code, kind: 'email', raw });
  });
});
