/**
 * Import benchmark (issue 3): generates N CDR rows in a couple of layouts, then measures in one run, each
 * in its own process for an honest peak RSS: Skein's end-to-end import into a fresh case (including the
 * communications index the analyses read, whose build time is also shown apart), DuckDB's plain
 * read_csv of the same file (the ceiling), a floor (below) and the pandas peer. Writes bench/out/import.md.
 *   node --import tsx scripts/bench-import.ts [N=10000000] [layout,layout]
 */
import { execFileSync } from 'node:child_process';
import { mkdir, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { cdrImporter } from '../src/ingest/cdr/importer.js';
import { randomCdrStream, renderCdrFile, type LayoutName } from '../src/ingest/cdr/generate.js';
import { importFile, Workspace } from '../src/intel/index.js';
import { Db } from '../src/store/duckdb/db.js';

const SELF = fileURLToPath(import.meta.url);

/** The columns the floor reads, by header, in the two layouts the bench runs by default. */
const FLOOR_COLUMNS: Partial<
  Record<LayoutName, { party: string; other: string; date: string; time: string }>
> = {
  'en-csv': { party: 'Target No', other: 'B Party No', date: 'Date', time: 'Time' },
  'fr-sens': { party: 'Numéro cible', other: 'Correspondant', date: 'Date', time: 'Heure' },
};

/**
 * The least any import meeting issue 3 writes beyond the ceiling, in DuckDB itself: the ceiling's table,
 * then one row per party per call sorted by party and time, the per-number layout the storage probe
 * recommends. No normalisation, no ids, no provenance, no rejects: a lower bound, not a design.
 */
async function floor(db: Db, layout: LayoutName): Promise<void> {
  const c = FLOOR_COLUMNS[layout];
  if (c === undefined) throw new Error(`no floor columns for layout ${layout}`);
  const q = (h: string): string => `CAST("${h}" AS VARCHAR)`;
  const t = `strptime(${q(c.date)} || ' ' || ${q(c.time)}, ['%d/%m/%Y %H:%M:%S', '%Y-%m-%d %H:%M:%S'])`;
  await db.run(`
    CREATE TABLE legs AS SELECT * FROM (
      SELECT ${q(c.party)} party, ${q(c.other)} other, ${t} t, 0 dir, rowid ev FROM cdr
      UNION ALL SELECT ${q(c.other)}, ${q(c.party)}, ${t}, 1, rowid FROM cdr WHERE "${c.other}" IS NOT NULL)
    ORDER BY party, t`);
  await db.run('CHECKPOINT');
}

function peakMb(): number {
  const status = execFileSync('cat', [`/proc/${process.pid}/status`]).toString();
  return Number(/VmHWM:\s+(\d+)/u.exec(status)?.[1] ?? 0) / 1024;
}

async function child(mode: string, file: string, layout: string): Promise<void> {
  const dir = await mkdtemp(join(tmpdir(), 'skein-bench-'));
  const t0 = performance.now();
  let rows = 0;
  let indexS: number | undefined;
  if (mode === 'skein') {
    const ws = await Workspace.open(join(dir, 'ws'));
    await ws.createCase({ name: 'bench' }, { user: 'bench' });
    const r = await importFile(
      ws,
      { caseName: 'bench', importer: cdrImporter, path: file, options: { profile: layout } },
      { user: 'bench' },
    );
    rows = r.record.rowsIn;
    if (r.record.rowsIn !== r.record.imported + r.record.rejected)
      throw new Error('rows in ≠ imported + rejected');
    const i0 = performance.now();
    await ws.withCase('bench', (store) => store.comms.prepare());
    indexS = (performance.now() - i0) / 1000;
  } else {
    const db = await Db.open(join(dir, 'ceiling.duckdb'), 'ceiling');
    const delim = layout === 'fr-sens' ? ';' : ',';
    await db.run(`CREATE TABLE cdr AS SELECT * FROM read_csv('${file}', delim = '${delim}', header = true)`);
    rows = Number((await db.one(`SELECT count(*) n FROM cdr`))?.n ?? 0);
    if (mode === 'floor') await floor(db, layout as LayoutName);
    db.close();
  }
  const seconds = (performance.now() - t0) / 1000;
  await rm(dir, { recursive: true, force: true });
  process.stdout.write(`${JSON.stringify({ rows, seconds, index_s: indexS, peak_rss_mb: peakMb() })}\n`);
}

interface Measure {
  rows: number;
  seconds: number;
  index_s?: number;
  peak_rss_mb: number;
}

function run(cmd: string, args: string[]): Measure {
  const out = execFileSync(cmd, args, { maxBuffer: 1 << 24, stdio: ['ignore', 'pipe', 'inherit'] })
    .toString()
    .trim()
    .split('\n');
  return JSON.parse(out[out.length - 1] ?? '{}') as Measure;
}

async function main(): Promise<void> {
  const n = Number(process.argv[2] ?? 10_000_000);
  const layouts = (process.argv[3] ?? 'en-csv,fr-sens').split(',') as LayoutName[];
  const dir = await mkdtemp(join(tmpdir(), 'skein-bench-files-'));
  const lines = [
    '| layout | rows | MB | engine | seconds | of which index build | rows/s | % of ceiling | peak RSS MB |',
    '|---|---|---|---|---|---|---|---|---|',
  ];
  try {
    for (const layout of layouts) {
      const file = join(dir, `${layout}.csv`);
      const g0 = performance.now();
      await renderCdrFile(randomCdrStream(n, 42, { numbers: 200_000 }), layout, file);
      const mb = (await stat(file)).size / 1e6;
      process.stderr.write(
        `generated ${n} rows of ${layout} (${mb.toFixed(0)} MB) in ${((performance.now() - g0) / 1000).toFixed(1)} s\n`,
      );
      const node = [process.execPath, '--import', 'tsx', SELF, '--child'];
      const ceiling = run(node[0] as string, [...node.slice(1), 'ceiling', file, layout]);
      const floorRun = run(node[0] as string, [...node.slice(1), 'floor', file, layout]);
      const skein = run(node[0] as string, [...node.slice(1), 'skein', file, layout]);
      const peer = run('/usr/bin/python3', [join(SELF, '../../bench/peers/import_peer.py'), file, layout]);
      const rate = (m: Measure): number => n / m.seconds;
      for (const [name, m] of [
        ['DuckDB read_csv (ceiling)', ceiling],
        ['read_csv + sorted legs (floor)', floorRun],
        ['Skein import', skein],
        ['pandas peer', peer],
      ] as const) {
        lines.push(
          `| ${layout} | ${n} | ${mb.toFixed(0)} | ${name} | ${m.seconds.toFixed(1)} | ${m.index_s === undefined ? '' : m.index_s.toFixed(1)} | ${Math.round(rate(m)).toLocaleString('en')} | ${Math.round((100 * rate(m)) / rate(ceiling))}% | ${m.peak_rss_mb.toFixed(0)} |`,
        );
      }
      await rm(file, { force: true });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
  const load = loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ');
  const table = `${lines.join('\n')}\n\nLoad average at the end (1 / 5 / 15 min): ${load}\n`;
  console.log(table);
  await mkdir(join(SELF, '../../bench/out'), { recursive: true });
  await writeFile(
    join(SELF, '../../bench/out/import.md'),
    `# Import benchmark\n\n${new Date().toISOString()}, ${n} rows per layout\n\n${table}`,
  );
}

if (process.argv[2] === '--child')
  await child(process.argv[3] ?? '', process.argv[4] ?? '', process.argv[5] ?? '');
else await main();
