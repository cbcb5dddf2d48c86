import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import type { Importer, RecordSink } from '../../ingest/index.js';

/**
 * A test importer: each line of its input is `phone-a,phone-b,epoch-ms` (a call) or `bad` (rejected).
 * `failAfter` throws after that many lines, to test that a failing import leaves nothing behind.
 */
export const scriptedImporter: Importer<{ failAfter?: number | undefined }> = {
  kind: 'scripted',
  name: 'scripted-test-importer',
  version: '1',
  acceptsFolder: false,
  options: z.object({ failAfter: z.number().int().optional() }),
  async run(input, options, sink: RecordSink) {
    const lines = (await readFile(input.path, 'utf8')).split('\n').filter((l) => l !== '');
    let row = 0;
    for (const line of lines) {
      row += 1;
      if (options.failAfter !== undefined && row > options.failAfter)
        throw new Error('importer failed midway');
      const [a, b, t] = line.split(',');
      if (!a || !b || !t) {
        sink.reject({ row, code: 'TEST_BAD_LINE', raw: line });
        continue;
      }
      const from = sink.entity({ kind: 'phone', key: a, raw: a }, { row });
      const to = sink.entity({ kind: 'phone', key: b, raw: b }, { row });
      sink.event(
        {
          kind: 'call',
          startUtcMs: Number(t),
          time: { raw: t, zone: 'UTC' },
          durationS: 60,
          from,
          to,
          sightings: [{ party: 'from', cell: `cell-${a}` }],
        },
        { row },
      );
    }
    return { rowsIn: row, skipped: {}, notes: [] };
  },
};
