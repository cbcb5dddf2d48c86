/// <reference lib="dom" />
/**
 * `npm run bench:chart`: link-chart frame time in Chromium at 10k, 50k and 100k nodes (4 edges per node),
 * sigma.js (WebGL, the workbench's renderer) beside Cytoscape.js (canvas). Target: median < 33 ms at
 * 50k nodes / 200k edges. Writes bench/out/chart.md.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { build } from 'vite';
import { CHROMIUM, CHROMIUM_ARGS, hasChromium, launchChromium } from '../e2e/support/browser.js';

const SIZES = [10_000, 50_000, 100_000];
const EDGES_PER_NODE = 4;
const OUT = resolve('.tmp/bench-chart');

interface Run {
  medianMs: number;
  p95Ms: number;
  frames: number;
  setupMs: number;
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

async function main(): Promise<void> {
  if (!hasChromium) throw new Error(`${CHROMIUM} is missing: apt-get install chromium`);
  await buildPage();
  const site = await serve(join(OUT, 'dist'));
  const browser = await launchChromium();
  const rows: string[] = [];
  let renderer = '';
  try {
    for (const n of SIZES) {
      const m = n * EDGES_PER_NODE;
      for (const lib of ['sigma', 'cytoscape'] as const) {
        const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
        await page.goto(site.url);
        await page.waitForFunction(() => 'benchChart' in window);
        renderer ||= await page.evaluate(() =>
          (window as unknown as { benchChart: { webglRenderer(): string } }).benchChart.webglRenderer(),
        );
        const run = await page.evaluate(
          ([fn, nodes, edges]) =>
            (
              window as unknown as { benchChart: Record<string, (n: number, m: number) => Promise<Run>> }
            ).benchChart[fn]?.(nodes, edges),
          [lib === 'sigma' ? 'runSigma' : 'runCytoscape', n, m] as const,
        );
        await page.close();
        if (!run) continue;
        rows.push(
          `| ${n.toLocaleString('en')} | ${m.toLocaleString('en')} | ${lib} | ${ms(run.medianMs)} | ${ms(run.p95Ms)} | ${run.frames} | ${ms(run.setupMs)} |`,
        );
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
    `Chromium: ${CHROMIUM} with ${CHROMIUM_ARGS.join(' ')}. Graph: seeded random, clustered, ${EDGES_PER_NODE} edges per node; the view pans and zooms every frame.`,
    'Target: sigma.js median < 33 ms at 50,000 nodes / 200,000 edges.',
    '',
    '| nodes | edges | renderer | median ms | p95 ms | frames | setup ms |',
    '| ---: | ---: | --- | ---: | ---: | ---: | ---: |',
    ...rows,
    '',
  ].join('\n');
  await mkdir('bench/out', { recursive: true });
  await writeFile('bench/out/chart.md', md);
  process.stdout.write(`\n${md}`);
}

await main();
