export { telegramImporter } from './importer.js';
export { TelegramOptions } from './options.js';
