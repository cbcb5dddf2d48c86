import { seededRandom } from '../../model/index.js';
import { luhnCheckDigit } from '../../model/selectors/index.js';
/** A synthetic CDR in plain canonical values; a layout renders it in an operator's own forms. */
export interface SyntheticCdr {
  /** E.164 of the billed number. */
  readonly target: string;
  /** E.164 of the other party. */
  readonly other: string;
  readonly direction: 'mo' | 'mt';
  readonly type: 'call' | 'sms' | 'data';
  readonly startUtcMs: number;
  readonly durationS: number;
  /** Canonical cell key `mcc-mnc-area-cell`. */
  readonly cell?: string;
  readonly imei?: string;
  readonly imsi?: string;
}

const digits = (rnd: () => number, n: number): string =>
  Array.from({ length: n }, () => String(Math.floor(rnd() * 10))).join('');

/**
 * `n` random CDRs over 90 days from 2026-01-05: 10 targets, a pool of counterparts, 30 cells in one
 * French PLMN, one handset and SIM per target. Seeded: the same (n, seed) gives the same records.
 */
export function randomCdrs(n: number, seed: number, opts: { numbers?: number } = {}): SyntheticCdr[] {
  return [...randomCdrStream(n, seed, opts)];
}

/** The same records as `randomCdrs`, one at a time, for files too big to hold in memory. */
export function* randomCdrStream(
  n: number,
  seed: number,
  opts: { numbers?: number } = {},
): Generator<SyntheticCdr> {
  const rnd = seededRandom(seed);
  const pool = Array.from({ length: opts.numbers ?? 2000 }, () => `+336${digits(rnd, 8)}`);
  const targets = pool.slice(0, 10);
  const cells = Array.from({ length: 30 }, (_, i) => `208-1-${1000 + (i % 5)}-${20000 + i * 7}`);
  const devices = targets.map(() => {
    const body = `35${digits(rnd, 12)}`;
    return { imei: body + luhnCheckDigit(body), imsi: `20801${digits(rnd, 10)}` };
  });
  const start = Date.UTC(2026, 0, 5);
  for (let i = 0; i < n; i++) {
    const ti = Math.floor(rnd() * targets.length);
    const r = rnd();
    const type = r < 0.7 ? 'call' : r < 0.95 ? 'sms' : 'data';
    yield {
      target: targets[ti] as string,
      other: pool[Math.floor(rnd() * pool.length)] as string,
      direction: rnd() < 0.5 ? 'mo' : 'mt',
      type,
      startUtcMs: start + Math.floor(rnd() * 90 * 86400) * 1000,
      durationS: type === 'call' ? Math.floor(rnd() * 900) : 0,
      cell: cells[Math.floor(rnd() * cells.length)] as string,
      ...(devices[ti] as { imei: string; imsi: string }),
    };
  }
}
