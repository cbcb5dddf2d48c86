export { cellsImporter } from './importer.js';
