import { SkeinError } from '../../model/index.js';
import type { ImportLimits } from '../contract.js';

/** What the central directory declares about one entry. */
export interface DeclaredEntry {
  readonly name: string;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly isSymlink: boolean;
}

type ArchiveLimits = Pick<ImportLimits, 'maxArchiveEntries' | 'maxUncompressedBytes' | 'maxCompressionRatio'>;

// Tiny entries compress badly or well by chance; below this size the ratio says nothing about a bomb.
const RATIO_FLOOR_BYTES = 64 * 1024;

/**
 * Checks declared entries one by one against the import limits, before any byte is inflated.
 * Declared sizes can lie; the streaming size guard checks the actual bytes later.
 */
export class ArchiveBudget {
  private entries = 0;
  private declaredBytes = 0;

  constructor(
    private readonly limits: ArchiveLimits,
    private readonly file: string,
  ) {}

  admit(entry: DeclaredEntry): void {
    const at = { file: this.file, field: entry.name };
    this.entries += 1;
    if (this.entries > this.limits.maxArchiveEntries)
      throw new SkeinError(
        'ARCHIVE_TOO_MANY_ENTRIES',
        `more than ${this.limits.maxArchiveEntries} entries`,
        at,
      );
    if (entry.isSymlink) throw new SkeinError('ARCHIVE_SYMLINK', `symbolic link entry ${entry.name}`, at);
    this.declaredBytes += entry.uncompressedSize;
    if (this.declaredBytes > this.limits.maxUncompressedBytes)
      throw new SkeinError(
        'ARCHIVE_TOO_LARGE',
        `archive expands beyond ${this.limits.maxUncompressedBytes} bytes`,
        at,
      );
    if (exceedsRatio(entry.uncompressedSize, entry.compressedSize, this.limits.maxCompressionRatio))
      throw new SkeinError(
        'ARCHIVE_RATIO_EXCEEDED',
        `entry ${entry.name} has a suspicious compression ratio`,
        at,
      );
  }
}

/** True when `inflated` bytes from `compressed` bytes is beyond the allowed ratio (and big enough to matter). */
export function exceedsRatio(inflated: number, compressed: number, maxRatio: number): boolean {
  if (inflated <= RATIO_FLOOR_BYTES) return false;
  return inflated > Math.max(compressed, 1) * maxRatio;
}
