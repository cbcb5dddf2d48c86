import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { whatsappImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = resolve(HERE, '../../../../shared/data/real');

describeImporterContract({
  importer: whatsappImporter,
  sample: resolve(REAL, 'whatsapp_exports/whats_json/languages/arabic_ios.txt'),
  withBadRows: resolve(HERE, 'fixtures/orphan-and-bad-date.txt'),
  tz: 'Africa/Tripoli',
  options: { dateOrder: 'day-first' },
});
