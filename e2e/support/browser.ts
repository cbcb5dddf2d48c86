import { existsSync } from 'node:fs';
import { chromium, type Browser, type Page } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
/** Debian's Chromium; CI installs it from .ci/apt-packages, so only a bare local machine lacks it. */
export const hasChromium = existsSync(CHROMIUM);

/**
 * Headless, as root, on a closed network: no sandbox, no background calls home. WebGL runs on
 * SwiftShader (software), which recent Chromium enables only when asked.
 */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--enable-unsafe-swiftshader',
  '--use-angle=swiftshader',
];

export function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, headless: true, args: CHROMIUM_ARGS });
}

export interface PageWatch {
  readonly errors: string[];
  readonly dialogs: string[];
  readonly offsite: string[];
}

/** Records page errors, dialogs (an XSS alert would open one) and any request leaving localhost. */
export function watchPage(page: Page): PageWatch {
  const watch: PageWatch = { errors: [], dialogs: [], offsite: [] };
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['127.0.0.1', 'localhost'].includes(url.hostname) && !['blob:', 'data:'].includes(url.protocol))
      watch.offsite.push(r.url());
  });
  return watch;
}
