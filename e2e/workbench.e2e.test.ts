import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { buildDemoCase } from '../src/demo/index.js';
import { importerFor } from '../src/ingest/index.js';
import { hasChromium, launchChromium, watchPage } from './support/browser.js';
import { serveWorkspace, type Served } from './support/serve.js';

const SHOTS = join('.tmp', 'e2e-screenshots');
/** Kinds the UI import prefers, best first: a CDR file when the CDR importer is registered. */
const UI_IMPORT_KINDS = ['cdr', 'entities'];

async function shot(page: Page, name: string): Promise<Buffer> {
  await mkdir(SHOTS, { recursive: true });
  const buf = await page.screenshot({ animations: 'disabled' });
  await writeFile(join(SHOTS, `${name}.png`), buf);
  return buf;
}

describe.skipIf(!hasChromium)('workbench end to end on the demo case', () => {
  let served: Served;
  let browser: Browser;
  let uiFile = '';
  let uiKind = '';
  beforeAll(async () => {
    uiKind = UI_IMPORT_KINDS.find((k) => importerFor(k)) ?? 'entities';
    served = await serveWorkspace(async (ws) => {
      let isWithheld = false;
      // One file of the UI's kind is left out of the build, for the test to import through the page.
      const demo = await buildDemoCase(ws, {
        actor: { user: 'e2e' },
        scale: 0.05,
        importers: (kind) => {
          if (kind === uiKind && !isWithheld) {
            isWithheld = true;
            return undefined;
          }
          return importerFor(kind);
        },
      });
      const withheld = demo.imports.find((i) => i.kind === uiKind && i.status === 'no-importer');
      uiFile = withheld ? join(demo.dir, withheld.file) : '';
    });
    browser = await launchChromium();
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await served?.close();
  });

  it('imports through the page, analyses, charts, profiles, maps and switches to Arabic', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    page.setDefaultTimeout(20_000);
    const watch = watchPage(page);
    await page.goto(served.url);
    await expect.poll(() => page.getByTestId('case-select').inputValue()).toBe('demo');

    // 1. Import a file through the page: detected kind, report with counts.
    expect(uiFile).not.toBe('');
    await page.getByTestId('file-input').setInputFiles(uiFile);
    await page.getByTestId('upload-ready').waitFor();
    await page.getByTestId('import-kind').selectOption(uiKind);
    await shot(page, '1-upload');
    await page.getByTestId('start-import').click();
    const report = page.getByTestId('import-report').first();
    await report.waitFor({ timeout: 60_000 });
    expect(Number(await report.getAttribute('data-imported'))).toBeGreaterThan(0);
    await shot(page, '2-import-report');

    // 2. Tower-dump intersection (scenes from the case's dumps), then its result to the chart.
    await page.getByTestId('tab-analyses').click();
    await page.getByTestId('analysis-select').selectOption('tower-intersect');
    await page.getByTestId('form-tower-intersect-run').click();
    await page.locator('[data-testid="results"], [role="alert"]').first().waitFor({ timeout: 30_000 });
    await shot(page, '3-tower-intersect');
    const hasDumps = importerFor('towerdump') !== undefined;
    if (hasDumps) {
      expect(Number(await page.getByTestId('results').getAttribute('data-rows'))).toBeGreaterThan(0);
      await page.getByTestId('results-to-chart').click();
    } else {
      // Without tower dumps in the case, the chart is fed from a search instead.
      await page.getByTestId('tab-search').click();
      await page.getByTestId('search-input').fill('a');
      await page.keyboard.press('Enter');
      await page.getByTestId('search-results').getByRole('button', { name: /chart/i }).first().click();
    }
    const chart = page.getByTestId('chart');
    await expect.poll(() => chart.getAttribute('data-layout'), { timeout: 30_000 }).toBe('done');
    expect(Number(await chart.getAttribute('data-nodes'))).toBeGreaterThan(0);
    const chartA = await chart.screenshot();
    await shot(page, '4-chart');

    // 3. Profile of a charted entity, and its trail on the map.
    const first = await page.getByTestId('node-picker').locator('option').nth(1).getAttribute('value');
    expect(first).toBeTruthy();
    await page.getByTestId('node-picker').selectOption(first ?? '');
    await page.getByTestId('details-profile').click();
    await page.getByTestId('profile').waitFor();
    await page
      .getByTestId('profile-profile')
      .or(page.locator('.profile-section [data-code]').first())
      .first()
      .waitFor({ timeout: 30_000 });
    await shot(page, '5-profile');
    const toMap = page.getByTestId('profile-trail-to-map');
    await page
      .locator('[data-testid="profile-trail"], .profile-section [data-code]')
      .last()
      .waitFor({ timeout: 30_000 });
    if ((await toMap.count()) > 0) {
      await toMap.click();
      await expect.poll(() => page.getByTestId('map').getAttribute('data-areas')).not.toBe('0');
    } else {
      await page.getByTestId('tab-map').click();
    }
    await expect
      .poll(() => page.getByTestId('map').getAttribute('data-loaded'), { timeout: 20_000 })
      .toBe('true');
    await shot(page, '6-map');

    // 4. Arabic: the whole page turns right to left.
    await page.getByTestId('lang-select').selectOption('ar');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('ar');
    await page.getByTestId('tab-chart').click();
    await expect.poll(() => chart.getAttribute('data-layout')).toBe('done');
    await shot(page, '7-arabic');

    // The fixed layout seed: the same chart laid out again looks the same, pixel for pixel.
    await page.getByTestId('lang-select').selectOption('en');
    await page.getByTestId('tab-chart').click();
    await page.getByTestId('close-details').click();
    await expect.poll(() => chart.getAttribute('data-layout')).toBe('done');
    await page.waitForTimeout(300);
    expect((await chart.screenshot()).equals(chartA)).toBe(true);

    expect(watch.errors).toEqual([]);
    expect(watch.offsite).toEqual([]);
  }, 180_000);
});
