import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { entitiesImporter } from './importer.js';

const HERE = dirname(fileURLToPath(import.meta.url));

describeImporterContract({
  importer: entitiesImporter,
  sample: resolve(HERE, 'fixtures/network.jsonl'),
  withBadRows: resolve(HERE, 'fixtures/with-bad-rows.jsonl'),
  region: 'LY',
});
