import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';

/**
 * The shared real data sets (`../shared/data/real` beside the repository), wherever the clone is; CI
 * clones into a fresh folder with `shared/` beside it.
 */
export const REAL_DATA = resolve(fileURLToPath(new URL('../../../', import.meta.url)), '../shared/data/real');

export const realData = (...parts: string[]): string => join(REAL_DATA, ...parts);
