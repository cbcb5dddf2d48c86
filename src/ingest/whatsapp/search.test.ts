import { afterEach, beforeEach, expect, it } from 'vitest';
import { importFile, searchCase, type Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { realData } from '../test-support/real-data.js';
import { whatsappImporter } from './index.js';

let ws: Workspace;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ ws, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'chat', tz: 'Europe/London' }, analyst);
});
afterEach(() => dispose());

it('finds a chat message by its text, and its sender', async () => {
  const path = realData('whatsapp_exports', 'whats_json', 'languages', 'english_android.txt');
  await importFile(ws, { caseName: 'chat', importer: whatsappImporter, path, options: {} }, analyst);
  const hits = await searchCase(ws, 'chat', 'hello', analyst);
  const message = hits.find((h) => h.matched === 'message');
  expect(message?.matchedText).toMatch(/hello/i);
  expect(message?.kind).toBe('account');
});
