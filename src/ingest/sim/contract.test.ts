import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { simImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describeImporterContract({
  importer: simImporter,
  sample: resolve(HERE, 'fixtures/sim.json'),

  region: 'GB',
});
