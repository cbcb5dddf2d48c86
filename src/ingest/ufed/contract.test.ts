import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { ufedImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describeImporterContract({
  importer: ufedImporter,
  sample: resolve(HERE, 'fixtures/report.xml'),

  region: 'GB',
});
