import fc from 'fast-check';
import type { SmallGraph } from './naive-oracles.js';

/** Random small graphs: up to `maxNodes` nodes, integer weights 1–4, loops and repeats allowed (merged). */
export function smallGraph(maxNodes = 7, directed?: boolean): fc.Arbitrary<SmallGraph> {
  return fc
    .record({
      n: fc.integer({ min: 1, max: maxNodes }),
      directed: directed === undefined ? fc.boolean() : fc.constant(directed),
      raw: fc.array(fc.tuple(fc.nat(), fc.nat(), fc.integer({ min: 1, max: 4 })), {
        maxLength: 3 * maxNodes,
      }),
    })
    .map(({ n, directed: d, raw }) => ({
      n,
      directed: d,
      edges: raw.map(([a, b, w]): [number, number, number] => [a % n, b % n, w]),
    }));
}
