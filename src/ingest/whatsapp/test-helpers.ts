import { statSync } from 'node:fs';
import { basename } from 'node:path';
import { DEFAULT_LIMITS } from '../contract.js';
import type { ImportInput } from '../contract.js';

/** An ImportInput for a file on disk, for importer tests in this folder and its siblings. */
export function inputFor(path: string, extra: Partial<ImportInput> = {}): ImportInput {
  return {
    path,
    fileName: basename(path),
    sha256: `sha-of-${basename(path)}`,
    bytes: statSync(path).size,
    tmpDir: '/tmp',
    limits: DEFAULT_LIMITS,
    ...extra,
  };
}
