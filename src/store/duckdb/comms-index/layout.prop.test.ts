import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EVENT_ID, eventIdOf } from './layout.js';

describe('eventIdOf', () => {
  it('spells the three 32-bit words back as the event id they were cut from', () => {
    const word = fc.integer({ min: 0, max: 0xffffffff });
    fc.assert(
      fc.property(word, word, word, (w0, w1, w2) => {
        const id = eventIdOf(w0, w1, w2);
        expect(id).toMatch(EVENT_ID);
        const back = [0, 1, 2].map((k) => Number.parseInt(id.slice(4 + 8 * k, 12 + 8 * k), 16));
        expect(back).toEqual([w0, w1, w2]);
      }),
    );
  });
});
