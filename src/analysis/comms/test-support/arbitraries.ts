import fc from 'fast-check';
import type { SynthEvent } from './synthetic-case.js';

/** A small pool so that random events share contacts, cells, handsets and scenes. */
export const PHONES = Array.from({ length: 8 }, (_, i) => `+3361234560${i}`);
export const CELLS = ['208-1-100-1', '208-1-100-2', '208-1-101-3', '208-1-102-4', '208-1-103-5'];
export const IMEIS = ['356938035643809', '490154203237518', '353918050000005'];
export const IMSIS = ['208011234567890', '208017654321098', '208019999999991'];
/** 2026-03-27 00:00Z: the window spans the Paris DST change, so zone handling is exercised. */
export const T0 = Date.UTC(2026, 2, 27);

const opt = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | undefined> => fc.option(a, { nil: undefined, freq: 3 });

export const eventArb: fc.Arbitrary<SynthEvent> = fc
  .record({
    kind: fc.constantFrom('call', 'call', 'sms', 'data', 'cell-observation'),
    a: fc.constantFrom(...PHONES),
    b: fc.constantFrom(...PHONES),
    minute: fc.integer({ min: 0, max: 6 * 24 * 60 }),
    durationS: fc.integer({ min: 0, max: 600 }),
    aCell: opt(fc.constantFrom(...CELLS)),
    aImei: opt(fc.constantFrom(...IMEIS)),
    aImsi: opt(fc.constantFrom(...IMSIS)),
    bCell: opt(fc.constantFrom(...CELLS)),
  })
  .map(({ minute, kind, b, aCell, aImei, aImsi, bCell, ...rest }) => ({
    ...rest,
    kind,
    tMs: T0 + minute * 60_000,
    ...(kind === 'cell-observation' ? {} : { b }),
    ...(aCell === undefined ? {} : { aCell }),
    ...(aImei === undefined ? {} : { aImei }),
    ...(aImsi === undefined ? {} : { aImsi }),
    ...(bCell === undefined || kind === 'cell-observation' ? {} : { bCell }),
  }));

/** Events with distinct ids (kind, parties, time, duration), as the store would merge duplicates. */
export const eventsArb = (max = 120): fc.Arbitrary<SynthEvent[]> =>
  fc.uniqueArray(eventArb, {
    minLength: 1,
    maxLength: max,
    selector: (e) => `${e.kind}|${e.a}|${e.b ?? ''}|${e.tMs}|${e.durationS}`,
  });
