import type { Importer } from '../contract.js';
import { importCalls } from './map-calls.js';
import { importContacts } from './map-contacts.js';
import { importMms, importSms } from './map-messages.js';
import { MobileDbOptions } from './options.js';
import { runDatabases } from './run-databases.js';

/** Android `mmssms.db`, `calllog.db` / `contacts2.db` calls and contacts, as one file or an unpacked extraction. */
export const androidImporter: Importer<MobileDbOptions> = {
  kind: 'android',
  name: 'Android telephony and contacts databases',
  version: '1.0.0',
  options: MobileDbOptions,
  acceptsFolder: true,
  run: (input, options, sink, progress) =>
    runDatabases(input, options, sink, progress, {
      'android-sms': importSms,
      'android-mms': importMms,
      'android-calls': importCalls,
      'android-contacts': importContacts,
    }),
};
