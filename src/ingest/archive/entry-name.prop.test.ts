import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeEntryName } from './entry-name.js';

const segment = fc.stringMatching(/^[A-Za-z0-9_ .-]{1,12}$/u).filter((s) => s !== '..' && s !== '.');

describe('safeEntryName (property)', () => {
  it('accepts relative names without parent segments, and never returns one that escapes', () => {
    fc.assert(
      fc.property(fc.array(segment, { minLength: 1, maxLength: 5 }), (parts) => {
        const name = safeEntryName(parts.join('/'));
        expect(name.startsWith('/')).toBe(false);
        expect(name.split('/')).not.toContain('..');
      }),
    );
  });

  it('refuses any name with a parent segment wherever it sits', () => {
    fc.assert(
      fc.property(
        fc.array(segment, { maxLength: 3 }),
        fc.array(segment, { maxLength: 3 }),
        fc.constantFrom('/', '\\'),
        (a, b, sep) => {
          const name = [...a, '..', ...b].join(sep);
          expect(() => safeEntryName(name)).toThrow(expect.objectContaining({ code: 'ARCHIVE_PATH_ESCAPE' }));
        },
      ),
    );
  });
});
