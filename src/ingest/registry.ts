import type { Importer } from './contract.js';
import { androidImporter } from './android/index.js';
import { cdrImporter } from './cdr/index.js';
import { cellsImporter } from './cells/index.js';
import { entitiesImporter } from './entities/importer.js';
import { iosImporter } from './ios/index.js';
import { simImporter } from './sim/index.js';
import { telegramImporter } from './telegram/index.js';
import { towerDumpImporter } from './towerdump/index.js';
import { ufedImporter } from './ufed/index.js';
import { vcardImporter } from './vcard/index.js';
import { whatsappImporter } from './whatsapp/index.js';

/**
 * Every importer Skein ships, by the kind the CLI and the server name it with. An explicit table,
 * not registration at import time, so a reader sees them all here.
 */
// The options type differs per importer; each validates its own with its zod schema.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export const IMPORTERS: Readonly<Record<string, Importer<any>>> = {
  entities: entitiesImporter,
  cdr: cdrImporter,
  towerdump: towerDumpImporter,
  cells: cellsImporter,
  ufed: ufedImporter,
  android: androidImporter,
  ios: iosImporter,
  sim: simImporter,
  whatsapp: whatsappImporter,
  telegram: telegramImporter,
  vcard: vcardImporter,
};

export function importerFor(kind: string): Importer<unknown> | undefined {
  return Object.hasOwn(IMPORTERS, kind) ? IMPORTERS[kind] : undefined;
}
