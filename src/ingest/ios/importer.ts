import type { Importer } from '../contract.js';
import { MobileDbOptions, runDatabases } from '../android/index.js';
import { importAddressBook } from './map-addressbook.js';
import { importSmsDb } from './map-sms-db.js';

/** iOS `sms.db` (macOS `chat.db`) and `AddressBook.sqlitedb`, as one file or an unpacked extraction. */
export const iosImporter: Importer<MobileDbOptions> = {
  kind: 'ios',
  name: 'iOS Messages and AddressBook databases',
  version: '1.0.0',
  options: MobileDbOptions,
  acceptsFolder: true,
  run: (input, options, sink, progress) =>
    runDatabases(input, options, sink, progress, {
      'ios-sms': importSmsDb,
      'ios-addressbook': importAddressBook,
    }),
};
