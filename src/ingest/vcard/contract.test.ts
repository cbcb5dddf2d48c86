import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { vcardImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = resolve(HERE, '../../../../shared/data/real');

describeImporterContract({
  importer: vcardImporter,
  sample: resolve(REAL, 'vcard_samples/rfc6350-example.vcf'),
  withBadRows: resolve(HERE, 'fixtures/truncated-garbled.vcf'),
  region: 'GB',
});
