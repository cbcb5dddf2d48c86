import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';

interface ExportedNode {
  readonly kind: string;
  readonly label: string;
  /** The pictograms drawn on the node: their data-icon and how many shapes make each. */
  readonly icons: readonly { readonly name: string; readonly parts: number }[];
}

interface ExportedSvg {
  readonly nodes: readonly ExportedNode[];
  /** Elements that can run script or pull content in: none belong in a chart. */
  readonly active: number;
  /** Attributes named on…: event handlers. */
  readonly handlers: number;
}

/** Clicks the button with this test id and reads back the file it downloads. */
export async function downloadFrom(page: Page, testId: string): Promise<Buffer> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId(testId).click()]);
  return readFile(await download.path());
}

/** Clicks the chart's SVG export and reads the downloaded file back with the page's XML parser. */
export async function exportChartSvg(page: Page): Promise<ExportedSvg> {
  const text = (await downloadFrom(page, 'export-svg')).toString('utf8');
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    if (doc.querySelector('parsererror')) throw new Error('exported SVG does not parse');
    const all = Array.from(doc.querySelectorAll('*'));
    return {
      nodes: Array.from(doc.querySelectorAll('g[data-kind]')).map((g) => ({
        kind: g.getAttribute('data-kind') ?? '',
        label: g.querySelector('text')?.textContent ?? '',
        icons: Array.from(g.querySelectorAll('[data-icon]')).map((i) => ({
          name: i.getAttribute('data-icon') ?? '',
          parts: i.childElementCount,
        })),
      })),
      active: doc.querySelectorAll('script, foreignObject, iframe, object, embed, image').length,
      handlers: all.filter((e) => Array.from(e.attributes).some((a) => a.name.toLowerCase().startsWith('on')))
        .length,
    };
  }, text);
}
