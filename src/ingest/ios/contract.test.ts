import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describeImporterContract } from '../test-support/contract-suite.js';
import { iosImporter } from './index.js';

const HERE = dirname(fileURLToPath(import.meta.url));
const REAL = resolve(HERE, '../../../../shared/data/real');

describeImporterContract({
  importer: iosImporter,
  sample: resolve(REAL, 'plaso_mobile_artifacts/sqlite_imessage_chat.db'),

  region: 'US',
});
