import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MemorySink } from '../test-support/memory-sink.js';
import { generateUfedReport } from './generate.js';
import { ufedImporter } from './importer.js';
import { testInput } from './test-input.js';

describe('generated report round trip (property)', () => {
  it('imports every generated unit, rejects none and skips exactly the unmodelled ones', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-gen-'));
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 2 ** 31 }),
        fc.integer({ min: 1, max: 400 }),
        async (seed, models) => {
          const path = join(dir, `r-${seed}-${models}.xml`);
          const generated = await generateUfedReport({ path, seed, models, messagesPerChat: 2 });
          const sink = new MemorySink();
          const outcome = await ufedImporter.run(
            await testInput(path),
            { deleted: 'include' },
            sink,
            () => undefined,
          );
          expect(outcome.rowsIn).toBe(generated.units);
          expect(sink.rejects).toEqual([]);
          expect(outcome.skipped).toEqual(
            generated.models['InstalledApplication'] !== undefined
              ? { InstalledApplication: generated.models['InstalledApplication'] }
              : {},
          );
          const m = generated.models;
          const events =
            (m['Call'] ?? 0) +
            (m['SMS'] ?? 0) +
            (m['Chat'] ?? 0) * 2 +
            (m['Location'] ?? 0) +
            (m['CellTower'] ?? 0);
          expect(sink.events.length).toBe(events);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('is deterministic for a seed', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-gen-'));
    const a = await generateUfedReport({ path: join(dir, 'a.xml'), seed: 7, models: 120 });
    const b = await generateUfedReport({ path: join(dir, 'b.xml'), seed: 7, models: 120 });
    expect(a).toEqual(b);
  });
});
