import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromMacTime, MAC_EPOCH_OFFSET_S } from './mac-time.js';

const unixMs = fc.integer({ min: Date.UTC(2001, 0, 1, 0, 0, 1), max: Date.UTC(2100, 0, 1) });

describe('fromMacTime (property)', () => {
  it('reads whole seconds since 2001 to the same instant', () => {
    fc.assert(
      fc.property(unixMs, (ms) => {
        const s = Math.floor(ms / 1000) - MAC_EPOCH_OFFSET_S;
        expect(fromMacTime(s)?.utcMs).toBe(Math.floor(ms / 1000) * 1000);
      }),
    );
  });

  // Nanosecond values below 1e11 (the first 100 s of 2001) read as seconds: magnitude is the only clue.
  it('reads nanoseconds (iOS 11+) to the same millisecond, as number or bigint', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(2001, 0, 2), max: Date.UTC(2100, 0, 1) }), (ms) => {
        const ns = BigInt(ms - MAC_EPOCH_OFFSET_S * 1000) * 1_000_000n;
        expect(fromMacTime(ns)?.utcMs).toBe(ms);
        expect(Math.abs((fromMacTime(Number(ns))?.utcMs ?? 0) - ms)).toBeLessThanOrEqual(1);
        expect(fromMacTime(ns)?.time).toEqual({ raw: String(ns), zone: 'UTC' });
      }),
    );
  });

  it('treats 0 and negatives as no time', () => {
    fc.assert(
      fc.property(fc.integer({ max: 0 }), (v) => {
        expect(fromMacTime(v)).toBeUndefined();
      }),
    );
  });
});
