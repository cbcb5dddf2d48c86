export { buildDemoCase, type DemoCase, type DemoImport, type DemoOptions } from './build.js';
export { GroundTruth } from './ground-truth.js';
export { GROUND_TRUTH_FILE } from './write-files.js';
