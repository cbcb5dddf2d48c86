import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { normaliseEmail } from './email.js';

const randomCase = (s: string): fc.Arbitrary<string> =>
  fc
    .array(fc.boolean(), { minLength: s.length, maxLength: s.length })
    .map((up) => [...s].map((c, i) => (up[i] === true ? c.toUpperCase() : c)).join(''));

describe('normaliseEmail properties', () => {
  it('is idempotent', () => {
    fc.assert(
      fc.property(fc.oneof(fc.emailAddress(), fc.string()), (s) => {
        const first = normaliseEmail(s);
        if (!first.ok) return;
        const second = normaliseEmail(first.value.value);
        expect(second.ok && second.value.value).toBe(first.value.value);
      }),
    );
  });

  it('ignores case and surrounding whitespace', () => {
    const email = fc.emailAddress().filter((e) => normaliseEmail(e).ok);
    fc.assert(
      fc.property(
        email.chain((e) => fc.tuple(fc.constant(e), randomCase(e))),
        ([e, cased]) => {
          const a = normaliseEmail(e);
          const b = normaliseEmail(`  ${cased}\t`);
          expect(b.ok && b.value.value).toBe(a.ok && a.value.value);
        },
      ),
    );
  });
});
