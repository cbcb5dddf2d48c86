import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseAccount } from './account.js';
import { ACCOUNT_SERVICES } from './types.js';

const username = fc.stringMatching(/^[a-z][a-z0-9_]{4,20}$/u);

describe('normaliseAccount properties', () => {
  it('is idempotent for every service', () => {
    fc.assert(
      fc.property(fc.constantFrom(...ACCOUNT_SERVICES), fc.string({ maxLength: 30 }), (service, raw) => {
        const first = normaliseAccount(raw, { service });
        if (!first.ok) return;
        const second = normaliseAccount(first.value.value, { service });
        expect(second.ok && second.value.value).toBe(first.value.value);
      }),
    );
  });

  it('reads a Telegram username the same with @, link or any case', () => {
    const forms = username.chain((u) =>
      fc.tuple(fc.constant(u), fc.constantFrom(u, `@${u}`, `https://t.me/${u}`, u.toUpperCase())),
    );
    fc.assert(
      fc.property(forms, ([u, raw]) => {
        const r = normaliseAccount(raw, { service: 'telegram' });
        expect(r.ok && r.value.value).toBe(`telegram:${u}`);
      }),
    );
  });
});
