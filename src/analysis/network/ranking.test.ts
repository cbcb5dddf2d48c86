import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankScores } from './ranking.js';

describe('rankScores', () => {
  it('ranks best first with shared ranks for ties (1224), NaN last', () => {
    expect([...rankScores([0.5, 0.9, 0.5, Number.NaN, 0.1])]).toEqual([2, 1, 2, 5, 4]);
  });

  it('ranks low first for measures where low is central', () => {
    expect([...rankScores([0.3, 0.1, 0.2], true)]).toEqual([3, 1, 2]);
  });

  it('ties scores that differ only by solver noise, not by a real difference', () => {
    const pr = 0.0123456789;
    expect([...rankScores([pr, pr * (1 + 1e-12), pr * (1 - 1e-6)])]).toEqual([1, 1, 3]);
  });

  it('measures a tie group from its best member, so near-equal steps do not chain', () => {
    const step = 0.6e-9;
    expect([...rankScores([1, 1 - step, 1 - 2 * step])]).toEqual([1, 1, 3]);
  });

  it('never ranks a clearly lower score above a higher one', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 1e6, noNaN: true }), { maxLength: 40 }), (scores) => {
        const ranks = rankScores(scores);
        for (let a = 0; a < scores.length; a++)
          for (let b = 0; b < scores.length; b++)
            if (scores[a]! > scores[b]! * (1 + 1e-6) + 1e-300) expect(ranks[a]!).toBeLessThan(ranks[b]!);
      }),
    );
  });
});
