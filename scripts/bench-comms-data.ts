/**
 * Deterministic communications data for `bench:comms`: a CDR CSV (caller,callee,start,duration,type,cell,
 * imei,imsi; only the caller's side observed, as in an operator's outgoing-call listing), a cell registry and
 * planted ground truth (a crew at four scenes, a boss, a replacement phone). Lognormal activity, personal
 * contact lists (80 %) plus Zipf-popular callees (20 %), 2–6 cells per number, a daily cycle.
 */
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { seededRandom } from '../src/model/index.js';

export interface BenchTruth {
  readonly typical: string;
  readonly busy: string;
  readonly five: readonly string[];
  readonly boss: string;
  readonly crew: readonly string[];
  readonly scenes: readonly { label: string; cells: string[]; from: string; to: string }[];
  readonly old: string;
  readonly successor: string;
  readonly start: string;
}

const START = Date.UTC(2026, 0, 5);
const DAYS = 90;
const HOUR_W = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 1, 2, 3, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 4, 3.5, 3, 2, 1.5];

function picker(weights: Float64Array, rnd: () => number): () => number {
  const cum = new Float64Array(weights.length);
  let total = 0;
  for (let i = 0; i < weights.length; i++) cum[i] = total += weights[i] as number;
  return () => {
    const x = rnd() * total;
    let lo = 0;
    let hi = cum.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cum[mid] as number) < x) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const numberKey = (i: number): string => `+393${String((i * 48271) % 1_000_000_000).padStart(9, '0')}`;
const cellKey = (c: number): string => `222-1-${100 + (c % 50)}-${10000 + c}`;
const iso = (ms: number): string => new Date(ms).toISOString().replace('T', ' ').slice(0, 19);

/** Writes `cdr.csv` and `cells.csv` into `dir`; returns the planted truth the queries use. */
export async function generateBenchData(
  dir: string,
  rows: number,
  numbers: number,
  seed = 42,
): Promise<BenchTruth> {
  const rnd = seededRandom(seed);
  const gauss = (): number => Math.sqrt(-2 * Math.log(rnd() + 1e-12)) * Math.cos(2 * Math.PI * rnd());
  const weight = new Float64Array(numbers).map(() => Math.exp(1.2 * gauss()));
  const zipf = new Float64Array(numbers).map((_, i) => 1 / (i + 1) ** 1.1);
  const pickCaller = picker(weight, rnd);
  const pickPopular = picker(zipf, rnd);
  const pickHour = picker(Float64Array.from(HOUR_W), rnd);
  const CELLS = 2000;
  const contacts = Array.from({ length: numbers }, () =>
    Array.from({ length: 5 + Math.floor(rnd() * 25) }, () => Math.floor(rnd() * numbers)),
  );
  const cells = Array.from({ length: numbers }, () =>
    Array.from({ length: 2 + Math.floor(rnd() * 5) }, () => Math.floor(rnd() * CELLS)),
  );
  const imei = (i: number, v: number): string =>
    `35${String((i * 7 + v * 1_000_003) % 1e12).padStart(12, '0')}${v}`;
  const imsi = (i: number, v: number): string => `22201${String(i).padStart(9, '0')}${v}`;
  const swapAt = (i: number): number => START + ((i * 2654435761) % DAYS) * 86_400_000;
  // Ground truth: five numbers all call the boss; three are a crew; one goes silent and another replaces it.
  // Zipf popularity follows the index, so the planted numbers take the least popular (ordinary) ones.
  const at = (k: number): number => numbers - 1 - k;
  const boss = at(0);
  const five = [1, 2, 3, 4, 5].map(at);
  const crew = [6, 7, 8].map(at);
  const [old, successor] = [at(9), at(10)];
  contacts[successor] = [...(contacts[old] ?? [])];
  for (const s of five) contacts[s]?.push(boss, boss, boss);
  const silentAt = START + 45 * 86_400_000;
  const bornAt = START + 47 * 86_400_000;
  const sceneCells = [1500, 1600, 1700, 1800];
  const sceneAt = [10, 25, 40, 60].map((d) => START + d * 86_400_000 + 14 * 3_600_000);
  const out = createWriteStream(`${dir}/cdr.csv`);
  let buf = 'caller,callee,start,duration,type,cell,imei,imsi\n';
  const emit = async (caller: number, t: number): Promise<void> => {
    const r = rnd();
    const type = r < 0.7 ? 'call' : r < 0.95 ? 'sms' : 'data';
    const list = contacts[caller] as number[];
    let callee =
      type === 'data' ? -1 : rnd() < 0.8 ? (list[Math.floor(rnd() * list.length)] as number) : pickPopular();
    // Contacts move to the replacement number when the old one falls silent.
    if (callee === old && t > silentAt) callee = successor;
    else if (callee === successor && t < bornAt) callee = old;
    const cs = cells[caller] as number[];
    const cell = rnd() < 0.6 ? (cs[0] as number) : (cs[Math.floor(rnd() * cs.length)] as number);
    const dur = type === 'call' ? Math.floor(Math.exp(4 + gauss())) : 0;
    const v1 = caller % 33 === 0 && t > swapAt(caller) ? 1 : 0;
    const v2 = caller % 97 === 0 && t > swapAt(caller) + 86_400_000 ? 1 : 0;
    buf += `${numberKey(caller)},${callee < 0 ? '' : numberKey(callee)},${iso(t)},${dur},${type},${cellKey(cell)},${imei(caller, v1)},${imsi(caller, v2)}\n`;
    if (buf.length > 1 << 22) {
      if (!out.write(buf)) await once(out, 'drain');
      buf = '';
    }
  };
  const planted = 4 * crew.length * 3 + five.length * 40 + 200;
  for (let n = 0; n < rows - planted; n++) {
    let caller = pickCaller();
    const t =
      START + Math.floor(rnd() * DAYS) * 86_400_000 + pickHour() * 3_600_000 + Math.floor(rnd() * 3_600_000);
    if (caller === old && t > silentAt) caller = successor;
    else if (caller === successor && t < bornAt) caller = old;
    await emit(caller, t);
  }
  for (let s = 0; s < 4; s++) {
    for (const c of crew) {
      cells[c] = [sceneCells[s] as number];
      for (let k = 0; k < 3; k++) await emit(c, (sceneAt[s] as number) + Math.floor(rnd() * 7_200_000));
    }
  }
  crew.forEach((c) => (cells[c] = [Math.floor(rnd() * CELLS)]));
  for (const s of five) {
    contacts[s] = [boss];
    for (let k = 0; k < 40; k++) await emit(s, START + Math.floor(rnd() * DAYS * 86_400_000));
  }
  contacts[successor] = [...(contacts[old] ?? [])];
  for (let k = 0; k < 200; k++) await emit(successor, bornAt + Math.floor(rnd() * 40 * 86_400_000));
  if (buf) out.write(buf);
  out.end();
  await once(out, 'finish');
  await writeCells(dir, CELLS, rnd);
  const median = [...weight.keys()].sort((a, b) => (weight[a] as number) - (weight[b] as number));
  return {
    typical: numberKey(median[Math.floor(numbers / 2)] as number),
    busy: numberKey(median[numbers - 1] as number),
    five: five.map(numberKey),
    boss: numberKey(boss),
    crew: crew.map(numberKey),
    scenes: sceneCells.map((c, i) => ({
      label: `scene ${i + 1}`,
      cells: [cellKey(c), cellKey(c + 1)],
      from: new Date(sceneAt[i] as number).toISOString(),
      to: new Date((sceneAt[i] as number) + 7_200_000).toISOString(),
    })),
    old: numberKey(old),
    successor: numberKey(successor),
    start: new Date(START).toISOString(),
  };
}

async function writeCells(dir: string, n: number, rnd: () => number): Promise<void> {
  let s = 'key,lat,lon,azimuth,beam,range_m\n';
  for (let c = 0; c < n; c++) {
    s += `${cellKey(c)},${(41.8 + rnd() * 0.4).toFixed(6)},${(12.3 + rnd() * 0.4).toFixed(6)},${(c % 3) * 120},120,${500 + Math.floor(rnd() * 2500)}\n`;
  }
  const out = createWriteStream(`${dir}/cells.csv`);
  out.end(s);
  await once(out, 'finish');
}
