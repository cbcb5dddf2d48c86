import { SkeinError } from '../../model/index.js';
import type { ImportInput, ImportOutcome, Importer, ProgressFn, RecordSink } from '../contract.js';
import { importBulk } from './bulk-path.js';
import { makeNormalisers } from './normalisers.js';
import { CdrOptions } from './options.js';
import { prepareFile, type PreparedFile } from './prepare.js';
import { importRows, type PathCounts } from './row-path.js';

/** Runs one prepared file through the bulk path when the sink has one, else the row path. */
export async function importPrepared(
  input: ImportInput,
  prep: PreparedFile,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<{ outcome: ImportOutcome; counts: PathCounts }> {
  const s = prep.settings;
  const norm = makeNormalisers({
    cell: s.cell,
    ...(s.region === undefined ? {} : { region: s.region }),
    ...(s.zone === undefined ? {} : { zone: s.zone }),
  });
  const counts = sink.bulk
    ? await importBulk(input, prep, norm, sink.bulk)
    : await importRows(input, prep, norm, sink, progress);
  progress(counts.rows, counts.rows, 'rows');
  const notes = [...prep.notes];
  if (counts.folds > 0)
    notes.push(`${counts.folds} times fell in a DST fold: read as the earlier instant and flagged dst-fold`);
  if (counts.gaps > 0)
    notes.push(`${counts.gaps} times fell in a DST gap: shifted forward and flagged dst-gap`);
  for (const [code, n] of Object.entries(counts.rejectCodes)) notes.push(`${n} rows rejected ${code}`);
  notes.push(
    `rows in ${counts.rows} = imported ${counts.rows - counts.rejected} + rejected ${counts.rejected}`,
  );
  const skipped: Record<string, number> = { 'header-line': 1 };
  if (prep.layout.preamble.length > 0) skipped['preamble-line'] = prep.layout.preamble.length;
  if (counts.blankLines > 0) skipped['blank-line'] = counts.blankLines;
  return { outcome: { rowsIn: counts.rows, skipped, notes }, counts };
}

async function run(
  input: ImportInput,
  options: CdrOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  if (options.dryRun === true) {
    throw new SkeinError('CDR_DRY_RUN_USE_CLI', 'a dry run does not import: use dryRunCdr', {
      file: input.fileName,
    });
  }
  const prep = await prepareFile(input, options);
  return (await importPrepared(input, prep, sink, progress)).outcome;
}

/** Imports an operator CDR / itemised billing in any layout (see README.md). */
export const cdrImporter: Importer<CdrOptions> = {
  kind: 'cdr',
  name: 'Operator CDR / itemised billing',
  version: '1.0.0',
  options: CdrOptions,
  acceptsFolder: false,
  run,
};
