export { towerDumpImporter, TowerDumpOptions } from './importer.js';
