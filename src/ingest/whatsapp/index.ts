export { whatsappImporter } from './importer.js';
export { WhatsAppOptions } from './options.js';
