import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDuration } from './duration.js';

const p2 = (n: number): string => String(n).padStart(2, '0');

describe('parseDuration', () => {
  it('reads seconds, mm:ss, hh:mm:ss and unit forms of the same duration alike', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 86_399 }), (s) => {
        const [h, m, sec] = [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60];
        expect(parseDuration(String(s))).toBe(s);
        expect(parseDuration(`${s}.0`)).toBe(s);
        expect(parseDuration(`${Math.floor(s / 60)}:${p2(sec)}`)).toBe(s);
        expect(parseDuration(`${p2(h)}:${p2(m)}:${p2(sec)}`)).toBe(s);
        expect(parseDuration(`${h}h${p2(m)}m${p2(sec)}s`)).toBe(s);
      }),
    );
  });
  it('rejects text that is no duration', () => {
    for (const x of ['', 'ten', '1:75:00', '-5', '12:3a']) expect(parseDuration(x)).toBeUndefined();
  });
});
