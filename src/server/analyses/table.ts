import type { AnalysisTable } from './analysis.js';
import { COMMS_ANALYSES } from './comms-analyses.js';

/** The analyses the workbench offers, one entry each (see analysis.ts). */
export const ANALYSES: AnalysisTable = new Map([...COMMS_ANALYSES]);
