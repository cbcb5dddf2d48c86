import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { DEFAULT_LIMITS } from '../contract.js';
import type { AliasDraft, EntityDraft, EventDraft, LinkDraft, RecordSink, RejectDraft } from '../contract.js';
import { generateUfedReport } from './generate.js';
import { ufedImporter } from './importer.js';

/** Measured extraction throughput; `peakRssMb` is the highest resident set seen while importing. */
export interface ExtractionBench {
  readonly bytes: number;
  readonly seconds: number;
  readonly mbPerSec: number;
  readonly peakRssMb: number;
  readonly rowsIn: number;
}

/** Counts records without keeping them, so the bench measures the importer's memory, not a sink's. */
class CountingSink implements RecordSink {
  counts = { entity: 0, event: 0, link: 0, alias: 0, reject: 0 };
  entity(_d: EntityDraft): string {
    this.counts.entity += 1;
    return `e${this.counts.entity % 1024}`;
  }
  event(_d: EventDraft): string {
    this.counts.event += 1;
    return 'ev';
  }
  link(_d: LinkDraft): string {
    this.counts.link += 1;
    return 'l';
  }
  alias(_d: AliasDraft): void {
    this.counts.alias += 1;
  }
  reject(_d: RejectDraft): void {
    this.counts.reject += 1;
  }
}

/**
 * Generates a synthetic report of about `bytes` bytes in a temp folder, imports it into a counting sink
 * and reports throughput and peak RSS. Example: `await benchExtraction({ bytes: 1024 ** 3 })`.
 */
export async function benchExtraction(opts: { bytes: number; seed?: number }): Promise<ExtractionBench> {
  const dir = await mkdtemp(join(tmpdir(), 'skein-bench-'));
  try {
    const path = join(dir, 'report.xml');
    const generated = await generateUfedReport({ path, seed: opts.seed ?? 1, bytes: opts.bytes });
    let peak = process.memoryUsage.rss();
    const started = performance.now();
    const outcome = await ufedImporter.run(
      {
        path,
        fileName: 'report.xml',
        sha256: 'bench',
        bytes: generated.bytes,
        tmpDir: dir,
        limits: DEFAULT_LIMITS,
      },
      { deleted: 'include' },
      new CountingSink(),
      () => {
        peak = Math.max(peak, process.memoryUsage.rss());
      },
    );
    const seconds = (performance.now() - started) / 1000;
    const mb = generated.bytes / 1024 ** 2;
    return {
      bytes: generated.bytes,
      seconds,
      mbPerSec: mb / seconds,
      peakRssMb: peak / 1024 ** 2,
      rowsIn: outcome.rowsIn,
    };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
