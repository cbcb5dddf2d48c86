import type { ImportInput } from '../contract.js';
import { BlankLineCounter } from '../tabular/blank-lines.js';
import type { CsvRecord } from '../tabular/csv-records.js';
import { tableRecords } from '../tabular/table-source.js';
import type { PreparedFile } from './prepare.js';

/**
 * The records of a prepared file past its header, as the row path and the transcoder read them, with the
 * blank lines between them counted (`blankLines()` is final once the records are exhausted).
 */
export function dataRecords(
  input: ImportInput,
  prep: PreparedFile,
): { records: AsyncIterable<CsvRecord>; blankLines: () => number } {
  const blanks = new BlankLineCounter(prep.layout.headerLine + 1, prep.format.kind === 'text');
  async function* records(): AsyncGenerator<CsvRecord> {
    for await (const r of tableRecords(input.path, prep.format, {
      limits: input.limits,
      file: input.fileName,
    })) {
      if (r.line <= prep.layout.headerLine) continue;
      blanks.see(r);
      yield r;
    }
  }
  return { records: records(), blankLines: () => blanks.blank };
}
