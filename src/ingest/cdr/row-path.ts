import type { ImportInput, ProgressFn, RecordSink } from '../contract.js';
import { dataRecords } from './data-records.js';
import type { CdrNormalisers } from './normalisers.js';
import type { PreparedFile } from './prepare.js';
import { mapRow } from './row-mapper.js';

export interface PathCounts {
  rows: number;
  rejected: number;
  blankLines: number;
  folds: number;
  gaps: number;
  rejectCodes: Record<string, number>;
}

const PROGRESS_EVERY = 10_000;

/**
 * The row path: every record through mapRow and the sink. Used when the sink has no bulk stage; it is
 * also the reference the bulk path is tested against. Entities and links are written once per import,
 * at their first row, as the bulk path does.
 */
export async function importRows(
  input: ImportInput,
  prep: PreparedFile,
  norm: CdrNormalisers,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<PathCounts> {
  const counts: PathCounts = { rows: 0, rejected: 0, blankLines: 0, folds: 0, gaps: 0, rejectCodes: {} };
  const seen = new Set<string>();
  const data = dataRecords(input, prep);
  for await (const r of data.records) {
    counts.rows += 1;
    const out = mapRow(r.fields, r.line, prep.settings, norm);
    if (out.kind === 'reject') {
      sink.reject(out.reject);
      counts.rejected += 1;
      counts.rejectCodes[out.reject.code] = (counts.rejectCodes[out.reject.code] ?? 0) + 1;
    } else {
      const at = { row: r.line };
      for (const e of out.entities) {
        const key = `${e.kind}\u001f${e.key ?? ''}`;
        if (!seen.has(key)) {
          seen.add(key);
          sink.entity(e, at);
        }
      }
      for (const l of out.links) {
        const key = `link\u001f${l.from}\u001f${l.to}`;
        if (!seen.has(key)) {
          seen.add(key);
          sink.link(l, at);
        }
      }
      sink.event(out.event, at);
      if (out.event.time.flag === 'dst-fold') counts.folds += 1;
      if (out.event.time.flag === 'dst-gap') counts.gaps += 1;
    }
    if (counts.rows % PROGRESS_EVERY === 0) progress(counts.rows, undefined, 'rows');
  }
  counts.blankLines = data.blankLines();
  return counts;
}
