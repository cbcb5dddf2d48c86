/**
 * `npm run bench:comms`: Skein's communications analyses on a generated case against the same queries in
 * pandas (Debian's python3-pandas, as a notebook would write them) and PostgreSQL 15 with indexes.
 *
 *   npx tsx scripts/bench-comms.ts [--rows 10000000] [--numbers 200000] [--runs 5] [--no-pandas] [--no-pg]
 *
 * Timed: each query as scripts/bench-timing.ts says (warm-ups, then at least `runs` calls and more within a
 * second, the median), the same on every side, in one long-lived process per engine (loading and index
 * builds are reported apart). Skein times the whole analysis (selector resolution, index reads, shaping
 * rows) in the compiled code that `skein` runs (dist/, built by `npm run bench:comms`), not in tsx's
 * transform of the sources. The case is written by a bench-only loader (scripts/bench-comms-load.ts), not
 * the CDR importer.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync, chmodSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type * as CommsModule from '../src/analysis/comms/index.js';
import { Workspace } from '../src/intel/index.js';
import type * as StoreModule from '../src/store/index.js';
import { DuckDbCaseStore, DuckDbCatalogue } from '../src/store/index.js';
import { generateBenchData, type BenchTruth } from './bench-comms-data.js';
import { loadBenchCase } from './bench-comms-load.js';
import { TIMING, medianMs } from './bench-timing.js';

const compiled = {
  comms: (await import(
    new URL('../dist/analysis/comms/index.js', import.meta.url).href
  )) as typeof CommsModule,
  store: (await import(new URL('../dist/store/index.js', import.meta.url).href)) as typeof StoreModule,
};

const args = process.argv.slice(2);
const opt = (name: string, fallback: number): number => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};
const rows = opt('--rows', 10_000_000);
const numbers = opt('--numbers', 200_000);
const runs = opt('--runs', 5);
const dir = `/tmp/skein-bench-comms-${rows}-${numbers}`;
const seconds = (t0: number): number => Math.round((performance.now() - t0) / 100) / 10;

/** The queries, one id shared with the peers. Relay and radius co-location have no peer version. */
function queries(t: BenchTruth): { id: string; what: string; request: Record<string, unknown> }[] {
  const day = (d: number): string => new Date(Date.parse(t.start) + d * 86_400_000).toISOString();
  const subjects5 = [...t.crew, ...t.five.slice(0, 2)];
  return [
    { id: 'profile', what: 'profile, typical number', request: { kind: 'profile', subject: t.typical } },
    {
      id: 'top-contacts',
      what: 'top-contacts, typical number',
      request: { kind: 'top-contacts', subject: t.typical },
    },
    {
      id: 'top-contacts-busy',
      what: 'top-contacts, busiest number',
      request: { kind: 'top-contacts', subject: t.busy },
    },
    {
      id: 'top-contacts-window',
      what: 'top-contacts, 30-day window, calls only',
      request: { kind: 'top-contacts', subject: t.typical, from: day(30), to: day(60), kinds: ['call'] },
    },
    {
      id: 'common-contacts',
      what: 'common-contacts of 5 subjects, k = 5',
      request: { kind: 'common-contacts', subjects: t.five, min: 5 },
    },
    {
      id: 'paths',
      what: 'paths ≤ 3 ties, typical → boss',
      request: { kind: 'paths', subjects: [t.typical, t.boss], hops: 3 },
    },
    {
      id: 'relay',
      what: 'relay chains ≤ 2 hops within 24 h',
      request: { kind: 'paths', subjects: [t.five[0], t.boss], hops: 2, relayMinutes: 1440 },
    },
    {
      id: 'tower-intersect',
      what: 'tower-intersect, ≥ 2 of 4 scenes',
      request: { kind: 'tower-intersect', scenes: t.scenes, minScenes: 2 },
    },
    {
      id: 'colocation',
      what: 'colocation of 5 subjects, same cell ± 30 min',
      request: { kind: 'colocation', subjects: subjects5, gapMinutes: 30 },
    },
    {
      id: 'colocation-radius',
      what: 'colocation of 5 subjects, sites ≤ 1 km ± 30 min',
      request: { kind: 'colocation', subjects: subjects5, gapMinutes: 30, radiusM: 1000 },
    },
    { id: 'handsets', what: 'handsets, whole case', request: { kind: 'handsets', limit: 100_000 } },
    {
      id: 'successors',
      what: 'successors of the silent number',
      request: { kind: 'successors', subject: t.old },
    },
    {
      id: 'activity',
      what: 'activity, typical number, Europe/Rome',
      request: { kind: 'activity', subject: t.typical, zone: 'Europe/Rome' },
    },
    {
      id: 'trail',
      what: 'trail and dwell, typical number',
      request: { kind: 'trail', subject: t.typical, zone: 'Europe/Rome' },
    },
  ];
}

interface PeerOut {
  readonly load_s: number;
  readonly queries: Record<string, { ms: number; rows: number }>;
}

function peer(cmd: string, peerArgs: string[]): PeerOut | undefined {
  try {
    return JSON.parse(
      execFileSync(cmd, peerArgs, {
        encoding: 'utf8',
        maxBuffer: 1 << 26,
        stdio: ['ignore', 'pipe', 'inherit'],
      }),
    ) as PeerOut;
  } catch (e) {
    console.error(`peer ${peerArgs[0]} failed: ${e instanceof Error ? e.message : String(e)}`);
    return undefined;
  }
}

async function main(): Promise<void> {
  mkdirSync(dir, { recursive: true });
  chmodSync(dir, 0o755);
  const truthFile = join(dir, 'truth.json');
  let t0 = performance.now();
  if (!existsSync(truthFile)) {
    writeFileSync(truthFile, JSON.stringify(await generateBenchData(dir, rows, numbers)));
    console.error(`generated ${rows} rows in ${seconds(t0)} s`);
  }
  const truth = JSON.parse(readFileSync(truthFile, 'utf8')) as BenchTruth;
  const qs = queries(truth);
  writeFileSync(join(dir, 'queries.json'), JSON.stringify({ truth, queries: qs }));
  const ws = await Workspace.open(join(dir, 'ws'));
  let loadS = 0;
  if (!(await ws.listCases()).some((c) => c.name === 'bench')) {
    await ws.createCase({ name: 'bench', region: 'IT', tz: 'Europe/Rome' }, { user: 'bench' });
    const s = await DuckDbCaseStore.open(
      'bench',
      join(dir, 'ws', 'cases', 'bench.duckdb'),
      new DuckDbCatalogue(resolve(dir, 'ws')),
    );
    t0 = performance.now();
    await loadBenchCase(s, dir, truth);
    loadS = seconds(t0);
    s.close();
  }
  const store = await compiled.store.DuckDbCaseStore.open(
    'bench',
    join(dir, 'ws', 'cases', 'bench.duckdb'),
    new compiled.store.DuckDbCatalogue(resolve(dir, 'ws')),
  );
  t0 = performance.now();
  await store.comms.prepare();
  const derivedS = seconds(t0);
  const skein: Record<string, { ms: number; rows: number }> = {};
  for (const q of qs) {
    const timed = await medianMs(
      () => compiled.comms.runAnalysis(store.comms, q.request, { region: 'IT', tz: 'Europe/Rome' }),
      { ...TIMING, minRuns: runs },
    );
    skein[q.id] = { ms: timed.ms, rows: timed.last.result.rows.length };
    console.error(
      `skein ${q.id}: ${timed.ms.toFixed(2)} ms over ${timed.runs} runs, ${skein[q.id]?.rows} rows`,
    );
  }
  store.close();
  const pandas = args.includes('--no-pandas')
    ? undefined
    : peer('/usr/bin/python3', ['bench/peers/comms_pandas.py', dir, String(runs)]);
  const pg = args.includes('--no-pg')
    ? undefined
    : peer('npx', ['tsx', 'bench/peers/comms_postgres.ts', dir, String(runs)]);
  report({ qs, skein, pandas, pg, loadS, derivedS });
}

function report(r: {
  qs: ReturnType<typeof queries>;
  skein: Record<string, { ms: number; rows: number }>;
  pandas: PeerOut | undefined;
  pg: PeerOut | undefined;
  loadS: number;
  derivedS: number;
}): void {
  const f = (x: number | undefined): string =>
    x === undefined ? 'n/a' : x < 10 ? x.toFixed(1) : String(Math.round(x));
  const ratio = (a: number | undefined, b: number): string =>
    a === undefined ? '' : `${(a / b).toFixed(a / b < 10 ? 1 : 0)}×`;
  const lines = [
    `# Communications analytics benchmark`,
    '',
    `${new Date().toISOString()}: ${rows.toLocaleString('en')} CDR rows, ${numbers.toLocaleString('en')} numbers, median of at least ${runs} runs after warm-ups, more within 1 s (scripts/bench-timing.ts), ms.`,
    `Skein: case loaded by the bench loader${r.loadS ? ` in ${r.loadS} s` : ' (reused)'}; derived tables and the communications index ${r.derivedS} s.` +
      ` pandas load ${r.pandas?.load_s ?? 'n/a'} s; PostgreSQL COPY + indexes + ANALYZE ${r.pg?.load_s ?? 'n/a'} s.`,
    '',
    '| query | Skein (DuckDB) | pandas | PostgreSQL 15 | vs pandas | vs PostgreSQL | rows (Skein / pandas / PG) |',
    '|---|---|---|---|---|---|---|',
    ...r.qs.map((q) => {
      const s = r.skein[q.id] as { ms: number; rows: number };
      const p = r.pandas?.queries[q.id];
      const g = r.pg?.queries[q.id];
      return `| ${q.what} | ${f(s.ms)} | ${f(p?.ms)} | ${f(g?.ms)} | ${ratio(p?.ms, s.ms)} | ${ratio(g?.ms, s.ms)} | ${s.rows} / ${p?.rows ?? '–'} / ${g?.rows ?? '–'} |`;
    }),
    '',
  ];
  const text = lines.join('\n');
  process.stdout.write(text);
  mkdirSync('bench/out', { recursive: true });
  writeFileSync('bench/out/comms.md', text);
}

await main();
