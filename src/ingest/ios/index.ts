export { iosImporter } from './importer.js';
export { fromMacTime, MAC_EPOCH_OFFSET_S } from './mac-time.js';
