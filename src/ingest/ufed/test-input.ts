import { stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { DEFAULT_LIMITS } from '../contract.js';
import type { ImportInput } from '../contract.js';

/** An ImportInput for a file in tests (no real hash: ids only need it to be stable). */
export async function testInput(path: string, extra: Partial<ImportInput> = {}): Promise<ImportInput> {
  const s = await stat(path);
  return {
    path,
    fileName: basename(path),
    sha256: 'test',
    bytes: s.size,
    tmpDir: '/tmp',
    limits: DEFAULT_LIMITS,
    ...extra,
  };
}
