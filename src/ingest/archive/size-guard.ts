import { Transform } from 'node:stream';
import type { TransformCallback } from 'node:stream';
import { SkeinError } from '../../model/index.js';
import { exceedsRatio } from './archive-budget.js';

export interface SizeGuardOptions {
  readonly file: string;
  readonly entry: string;
  readonly declaredBytes: number;
  readonly compressedBytes: number;
  readonly maxCompressionRatio: number;
}

/**
 * Passes inflated bytes through and fails as soon as they exceed the declared size (a lying header used to
 * slip a bomb past the directory checks) or the ratio limit, and at the end if fewer bytes arrived.
 */
export class SizeGuard extends Transform {
  private seen = 0;

  constructor(private readonly opts: SizeGuardOptions) {
    super();
  }

  override _transform(chunk: Buffer, _enc: BufferEncoding, done: TransformCallback): void {
    this.seen += chunk.length;
    const { declaredBytes, compressedBytes, maxCompressionRatio } = this.opts;
    if (this.seen > declaredBytes) return done(this.fail('ARCHIVE_SIZE_MISMATCH'));
    if (exceedsRatio(this.seen, compressedBytes, maxCompressionRatio))
      return done(this.fail('ARCHIVE_RATIO_EXCEEDED'));
    done(null, chunk);
  }

  override _flush(done: TransformCallback): void {
    done(this.seen === this.opts.declaredBytes ? null : this.fail('ARCHIVE_SIZE_MISMATCH'));
  }

  private fail(code: string): SkeinError {
    return new SkeinError(
      code,
      `entry ${this.opts.entry}: ${this.seen} bytes inflated, ${this.opts.declaredBytes} declared`,
      {
        file: this.opts.file,
        field: this.opts.entry,
      },
    );
  }
}
