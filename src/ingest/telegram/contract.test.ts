import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { telegramImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = resolve(HERE, '../../../../shared/data/real');

describeImporterContract({
  importer: telegramImporter,
  sample: resolve(REAL, 'telegram_export_fixture/result.json'),

  tz: 'UTC',
});
