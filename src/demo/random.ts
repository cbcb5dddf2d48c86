import { seededRandom } from '../model/index.js';
/**
 * A seeded random source (mulberry32). The demo must give byte-identical files for one seed, so nothing in
 * src/demo may call Math.random or read the clock.
 */
export interface Rng {
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [lo, hi]. */
  int(lo: number, hi: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  /** `n` decimal digits. */
  digits(n: number): string;
  /** A Poisson-distributed count with mean `mean` (Knuth; means here stay small). */
  poisson(mean: number): number;
  /** An independent stream derived from this seed and a label, so adding draws in one part leaves others unchanged. */
  fork(label: string): Rng;
}

/** FNV-1a: folds a fork label into a 32-bit seed. */
function hash32(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h;
}

/** The demo's random source for `seed`. */
export function seededRng(seed: number): Rng {
  const next = seededRandom(seed);
  const rng: Rng = {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    chance: (p) => next() < p,
    pick: <T>(items: readonly T[]): T => {
      if (items.length === 0) throw new Error('pick from an empty list');
      return items[Math.floor(next() * items.length)] as T;
    },
    digits: (n) => Array.from({ length: n }, () => String(Math.floor(next() * 10))).join(''),
    poisson: (mean) => {
      const limit = Math.exp(-mean);
      let k = 0;
      for (let p = next(); p > limit; p *= next()) k += 1;
      return k;
    },
    fork: (label) => seededRng(hash32(label, seed)),
  };
  return rng;
}
