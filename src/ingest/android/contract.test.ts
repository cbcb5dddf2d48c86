import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { androidImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = resolve(HERE, '../../../../shared/data/real');

describeImporterContract({
  importer: androidImporter,
  sample: resolve(REAL, 'plaso_mobile_artifacts/android_mmssms.db'),

  region: 'US',
});
