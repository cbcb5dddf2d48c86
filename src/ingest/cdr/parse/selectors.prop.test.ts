import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { phoneValue } from './selectors.js';
import { parseCallType } from './call-type.js';

describe('numbers', () => {
  it('national, international and 00-prefixed forms of one number meet on one key', () => {
    fc.assert(
      fc.property(fc.integer({ min: 10_000_000, max: 99_999_999 }), (n) => {
        const e164 = `+336${n}`;
        const forms = [e164, `00336${n}`, `06${n}`, `'06${n}`, `+33 6 ${n}`];
        const keys = forms.map((f) => phoneValue(f, 'FR'));
        for (const k of keys) expect(k).toEqual(keys[0]);
        expect(keys[0]).toMatchObject({ ok: true, key: e164 });
      }),
      { numRuns: 50 },
    );
  });
  it('rejects non-numbers with a code', () => {
    expect(phoneValue('+0000000', 'FR')).toEqual({ ok: false, code: 'CDR_BAD_NUMBER' });
    expect(phoneValue('', 'FR')).toEqual({ ok: false, code: 'CDR_MISSING_NUMBER' });
  });
});

describe('directions and types', () => {
  it('reads the common vocabularies', () => {
    const cases: [string, string | undefined, string | undefined][] = [
      ['MOC', 'mo', 'call'],
      ['MTC', 'mt', 'call'],
      ['SMS-MO', 'mo', 'sms'],
      ['SMT', 'mt', 'sms'],
      ['IN', 'mt', undefined],
      ['outgoing', 'mo', undefined],
      ['entrant', 'mt', undefined],
      ['Sortant', 'mo', undefined],
      ['saliente', 'mo', undefined],
      ['وارد', 'mt', undefined],
      ['صادر', 'mo', undefined],
      ['voice_outgoing', 'mo', 'call'],
      ['GPRS', undefined, 'data'],
    ];
    for (const [raw, direction, kind] of cases) {
      const r = parseCallType(raw);
      expect([raw, r?.direction, r?.kind]).toEqual([raw, direction, kind]);
    }
    expect(parseCallType('banana')).toBeUndefined();
  });
});
