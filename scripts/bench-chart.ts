/// <reference lib="dom" />
/**
 * `npm run bench:chart [-- --sizes 10000,50000]`: link-chart frame times in Chromium at 10k, 50k and 100k
 * nodes (4 edges per node), the workbench's sigma.js chart (WebGL) beside Cytoscape.js (canvas), each with
 * its big-graph settings. Gesture frames come from real pointer drags and wheel zooms; the redraw with the
 * camera moving and the full redraw once still are timed apart. Target: gesture median < 33 ms at
 * 50k nodes / 200k edges. Writes bench/out/chart.md, or the file named by --out.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { dirname, extname, join, resolve } from 'node:path';
import type { Page } from 'playwright-core';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, launchChromium } from '../e2e/support/browser.js';

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const SIZES = (arg('sizes') ?? '10000,50000,100000').split(',').map(Number);
const OUT_FILE = arg('out') ?? 'bench/out/chart.md';
const EDGES_PER_NODE = 4;
const OUT = resolve('.tmp/bench-chart');
const LIBS = ['sigma', 'cytoscape'] as const;
const VIEW = { width: 1200, height: 800 };

// The page's answers (src/web/bench/chart-bench.ts, built for the browser, so not imported here).
interface Setup {
  setupMs: number;
  gestures: string;
}
interface Frames {
  medianMs: number;
  p95Ms: number;
  frames: number;
}
interface Redraws {
  movingMs: number;
  idleMs: number;
}
interface Bench {
  setupSigma(n: number, m: number): Promise<Setup>;
  setupCytoscape(n: number, m: number): Promise<Setup>;
  startFrames(): void;
  stopFrames(): Frames;
  settle(): Promise<void>;
  sigmaRedraws(samples: number): Promise<Redraws>;
  cytoscapeRedraws(samples: number): Promise<Redraws>;
  teardown(): void;
  webglRenderer(): string;
}
const bench = (page: Page) => ({
  call: <K extends keyof Bench>(fn: K, ...args: Parameters<Bench[K]>) =>
    page.evaluate(
      ([f, a]) =>
        (
          (window as unknown as { benchChart: Record<string, (...x: unknown[]) => unknown> }).benchChart[
            f
          ] as (...x: unknown[]) => unknown
        )(...a),
      [fn, args] as const,
    ) as Promise<Awaited<ReturnType<Bench[K]>>>,
});

/** A pan by dragging the background in a loop, then wheel zooms in and out, as a person would. */
async function gestureFrames(page: Page): Promise<Frames[]> {
  const b = bench(page);
  const [cx, cy] = [VIEW.width / 2, VIEW.height / 2];
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  await b.call('startFrames');
  for (let i = 1; i <= 40; i++)
    await page.mouse.move(cx + 150 * Math.sin(i / 6), cy + 80 * Math.sin(i / 9), { steps: 1 });
  const drag = await b.call('stopFrames');
  await page.mouse.up();
  await b.call('settle');
  await b.call('startFrames');
  for (let i = 0; i < 16; i++) await page.mouse.wheel(0, i < 8 ? -60 : 60);
  const wheel = await b.call('stopFrames');
  await b.call('settle');
  return [drag, wheel];
}

async function buildPage(): Promise<void> {
  await mkdir(OUT, { recursive: true });
  await writeFile(
    join(OUT, 'index.html'),
    '<!doctype html><meta charset="utf-8"><body><script type="module" src="./page.ts"></script>',
  );
  await writeFile(join(OUT, 'page.ts'), `import '${resolve('src/web/bench/chart-bench.ts')}';\n`);
  await build({
    root: OUT,
    logLevel: 'warn',
    build: { outDir: join(OUT, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000 },
  });
}

function serve(root: string): Promise<{ url: string; close: () => void }> {
  const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript' };
  const server = createServer((req, res) => {
    const path = join(root, (req.url ?? '/') === '/' ? 'index.html' : ((req.url ?? '').split('?')[0] ?? ''));
    readFile(path).then(
      (body) =>
        res.writeHead(200, { 'content-type': types[extname(path)] ?? 'application/octet-stream' }).end(body),
      () => res.writeHead(404).end(),
    );
  });
  return new Promise((ok) =>
    server.listen(0, '127.0.0.1', () => {
      const addr = server.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      ok({ url: `http://127.0.0.1:${port}/`, close: () => server.close() });
    }),
  );
}

const ms = (v: number) => (Number.isFinite(v) ? v.toFixed(1) : '—');

const combine = (runs: readonly Frames[]): Frames => ({
  medianMs: Math.max(...runs.map((r) => r.medianMs)),
  p95Ms: Math.max(...runs.map((r) => r.p95Ms)),
  frames: runs.reduce((a, r) => a + r.frames, 0),
});

async function runOne(page: Page, lib: (typeof LIBS)[number], n: number): Promise<string> {
  const b = bench(page);
  const m = n * EDGES_PER_NODE;
  const setup = await b.call(lib === 'sigma' ? 'setupSigma' : 'setupCytoscape', n, m);
  const [drag, wheel] = await gestureFrames(page);
  const samples = n >= 50_000 ? 1 : 3;
  const redraw = await b.call(lib === 'sigma' ? 'sigmaRedraws' : 'cytoscapeRedraws', samples);
  await b.call('teardown');
  const g = combine([drag as Frames, wheel as Frames]);
  return `| ${n.toLocaleString('en')} | ${m.toLocaleString('en')} | ${lib} (${setup.gestures}) | ${ms(g.medianMs)} | ${ms(g.p95Ms)} | ${g.frames} | ${ms(redraw.movingMs)} | ${ms(redraw.idleMs)} | ${ms(setup.setupMs)} |`;
}

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  await buildPage();
  const site = await serve(join(OUT, 'dist'));
  const browser = await launchChromium();
  const rows: string[] = [];
  let renderer = '';
  try {
    for (const n of SIZES) {
      for (const lib of LIBS) {
        const page = await browser.newPage({ viewport: VIEW });
        page.setDefaultTimeout(600_000);
        await page.goto(site.url);
        await page.waitForFunction(() => 'benchChart' in window);
        renderer ||= await bench(page).call('webglRenderer');
        rows.push(await runOne(page, lib, n));
        await page.close();
        process.stdout.write(`${rows[rows.length - 1]}\n`);
      }
    }
  } finally {
    await browser.close();
    site.close();
  }
  const isSoftware = /swiftshader|llvmpipe|software/i.test(renderer);
  const md = [
    '# Link chart frame time (Chromium)',
    '',
    `Renderer: \`${renderer}\` — WebGL ${isSoftware ? 'ran in software (SwiftShader), so GPU machines will do better' : 'ran on a GPU'}.`,
    `Chromium: ${CHROMIUM} with ${CHROMIUM_ARGS.join(' ')}. Graph: seeded random, clustered, ${EDGES_PER_NODE} edges per node, ${VIEW.width}×${VIEW.height} px.`,
    'Gesture: real pointer drag (40 moves) and 16 wheel steps; median and p95 of requestAnimationFrame intervals (worse of the two gestures).',
    'Moving redraw: sigma with the camera animating (edges and labels hidden). Idle redraw: sigma camera-only render timed to the last pixel; Cytoscape two frames after a programmatic viewport change.',
    'Target: gesture median < 33 ms at 50,000 nodes / 200,000 edges.',
    '',
    '| nodes | edges | renderer (gesture mode) | gesture median ms | gesture p95 ms | frames | moving redraw ms | idle redraw ms | setup ms |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  await mkdir(dirname(OUT_FILE), { recursive: true });
  await writeFile(OUT_FILE, md);
  process.stdout.write(`\n${md}`);
}

await main();
