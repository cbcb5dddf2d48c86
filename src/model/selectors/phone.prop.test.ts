import fc from 'fast-check';
import { getExampleNumber } from 'libphonenumber-js/max';
import type { CountryCode } from 'libphonenumber-js/max';
import examples from 'libphonenumber-js/mobile/examples';
import { describe, expect, it } from 'vitest';
import { normalisePhone } from './phone.js';
import { inSomeScript, withSeparators } from './test-support/noise.js';

const REGIONS: readonly CountryCode[] = [
  'LY',
  'TN',
  'EG',
  'MA',
  'DZ',
  'FR',
  'GB',
  'IT',
  'DE',
  'NE',
  'SD',
  'TR',
];

// Example mobile numbers from the metadata itself, so the property does not depend on our own fixtures.
const mobile = fc.constantFrom(...REGIONS).map((region) => {
  const n = getExampleNumber(region, examples);
  if (n === undefined) throw new Error(`no example for ${region}`);
  return { region, e164: n.number, national: n.nationalNumber as string, intl: n.number.slice(1) };
});

describe('normalisePhone properties', () => {
  it('is idempotent on anything it accepts', () => {
    const raw = fc.stringMatching(/^[+0-9 ()A-Za-z-]{0,18}$/u);
    const region = fc.constantFrom<CountryCode | undefined>(undefined, 'LY', 'FR');
    fc.assert(
      fc.property(raw, region, (s, r) => {
        const opts = r !== undefined ? { region: r } : {};
        const first = normalisePhone(s, opts);
        if (!first.ok) return;
        const second = normalisePhone(first.value.value, opts);
        expect(second.ok && [second.value.value, second.value.flags]).toEqual([
          first.value.value,
          first.value.flags,
        ]);
      }),
    );
  });

  it('gives the same E.164 for +, 00 and national forms under formatting noise', () => {
    const forms = mobile.chain((m) =>
      fc.tuple(
        fc.constant(m),
        fc.oneof(
          withSeparators(m.intl).map((s) => `+${s}`),
          withSeparators(m.intl).map((s) => `00${s}`),
          inSomeScript(m.national).chain(withSeparators),
        ),
      ),
    );
    fc.assert(
      fc.property(forms, ([m, raw]) => {
        const r = normalisePhone(raw, { region: m.region });
        expect(r.ok && r.value.value).toBe(m.e164);
      }),
    );
  });

  it('gives the same value and flags without the detail lookups', () => {
    const raw = fc.oneof(
      fc.stringMatching(/^[+0-9 ()A-Za-z-]{0,18}$/u),
      mobile.map((m) => m.intl),
      mobile.map((m) => `+${m.intl}`),
    );
    const region = fc.constantFrom<CountryCode | undefined>(undefined, 'LY', 'FR');
    fc.assert(
      fc.property(raw, region, (s, r) => {
        const opts = r !== undefined ? { region: r } : {};
        const full = normalisePhone(s, opts);
        const lean = normalisePhone(s, { ...opts, detail: false });
        expect(lean.ok).toBe(full.ok);
        if (full.ok && lean.ok) {
          expect(lean.value.value).toBe(full.value.value);
          expect(lean.value.flags).toEqual(full.value.flags);
        }
      }),
    );
  });
});
