import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { importerFor } from '../src/ingest/index.js';
import { importFile } from '../src/intel/index.js';
import { hasChromium, launchChromium, watchPage } from './support/browser.js';
import { exportChartSvg } from './support/chart-export.js';
import { serveWorkspace, type Served } from './support/serve.js';

/** Markup that would run if any view put case data into the page as HTML. */
const PAYLOADS = [
  '<img src=x onerror="window.__xss=1;alert(1)">',
  '<script>window.__xss=2;alert(2)</script>',
  '"><svg onload="window.__xss=3">',
  'javascript:window.__xss=4//',
  '<iframe srcdoc="<script>parent.__xss=5</script>">',
];

const FILE_NAME = '<img src=x onerror="window.__xss=6">.jsonl';

function entitiesFile(): string {
  const lines = PAYLOADS.flatMap((p, i) => [
    JSON.stringify({ record: 'entity', kind: 'person', ref: `p${i}`, label: p }),
    JSON.stringify({ record: 'entity', kind: 'phone', value: `+21891234567${i}`, label: p }),
    JSON.stringify({ record: 'link', kind: 'uses', from: `p${i}`, to: `phone:+21891234567${i}` }),
  ]);
  return [...lines, `not json ${PAYLOADS[0] ?? ''}`].join('\n');
}

describe.skipIf(!hasChromium)('XSS corpus in names and file names', () => {
  let served: Served;
  let browser: Browser;
  beforeAll(async () => {
    served = await serveWorkspace(async (ws, dir) => {
      await ws.createCase({ name: 'xss', region: 'LY' }, { user: 'e2e' });
      const path = join(dir, FILE_NAME);
      await writeFile(path, entitiesFile());
      const importer = importerFor('entities');
      if (!importer) throw new Error('entities importer missing');
      await importFile(ws, { caseName: 'xss', importer, path, options: {} }, { user: 'e2e' });
    });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('renders hostile names in tables, chart, details and file names as text; no script runs', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(15_000);
    const watch = watchPage(page);
    await page.goto(served.url);
    await page.getByTestId('case-select').selectOption('xss');
    await page.locator('details summary').click();
    await expect.poll(() => page.locator('.report .filename').first().textContent()).toContain('onerror');
    await page.getByTestId('show-rejects').click();
    await page.getByTestId('rejects-table').waitFor();
    await page.getByTestId('tab-search').click();
    await page.getByTestId('search-input').fill('img');
    await page.keyboard.press('Enter');
    await page.getByTestId('search-results').waitFor();
    const adds = page.getByTestId('search-results').getByRole('button', { name: /chart/i });
    for (let i = 0; i < (await adds.count()); i++) await adds.nth(i).click();
    await page.getByTestId('chart').waitFor();
    await expect
      .poll(() => page.getByTestId('chart').getAttribute('data-layout'), { timeout: 20_000 })
      .toBe('done');
    const first = await page.getByTestId('node-picker').locator('option').nth(1).getAttribute('value');
    if (first) await page.getByTestId('node-picker').selectOption(first);
    await page.getByTestId('chart-details').waitFor();
    const details = await page.getByTestId('chart-details').textContent();
    await page.mouse.move(640, 450);
    const exported = await exportChartSvg(page);
    await page.getByTestId('tab-timeline').click();
    await page.getByTestId('tab-map').click();
    await page.waitForTimeout(300);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    expect(watch.dialogs).toEqual([]);
    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
    // The hostile names are on the page as text, and in the exported SVG too.
    expect(details).toMatch(/<|javascript:/);
    expect(exported.active + exported.handlers).toBe(0);
    expect(exported.nodes.length).toBeGreaterThan(0);
    expect(exported.nodes.filter((n) => !PAYLOADS.includes(n.label))).toEqual([]);
  }, 90_000);
});
