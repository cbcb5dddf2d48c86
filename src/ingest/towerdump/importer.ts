import { z } from 'zod';
import { deriveId, SkeinError } from '../../model/index.js';
import type { ImportInput, ImportOutcome, Importer, ProgressFn, RecordSink } from '../contract.js';
import { CdrOptions } from '../cdr/options.js';
import { importPrepared } from '../cdr/importer.js';
import { parseCellId } from '../cdr/parse/cell-id.js';
import { prepareFile } from '../cdr/prepare.js';
import { countOutOfScope, scopeNotes } from './scope.js';

const DUMP_KEYS = new Set(['cells', 'from', 'to', 'label']);

/** Options of a tower-dump import: the request's cells and window, plus the CDR layout options. */
export const TowerDumpOptions = CdrOptions.extend({
  cells: z.array(z.string().min(1)).min(1),
  from: z.iso.datetime({ offset: true }),
  to: z.iso.datetime({ offset: true }),
  label: z.string().optional(),
});
export type TowerDumpOptions = z.infer<typeof TowerDumpOptions>;

/**
 * A tower dump: every event the requested cells handled in the window, as delivered. It is recorded in
 * `tower_dumps` (its cells and window, the scene) and its events carry the dump id. Rows outside the
 * requested cells or window are IMPORTED, not rejected, and counted in the notes by reason (README.md):
 * the evidence is what was delivered, and scenes are read from the request, not from the dump id.
 */
async function run(
  input: ImportInput,
  o: TowerDumpOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  if (!sink.bulk)
    throw new SkeinError('TOWERDUMP_NEEDS_STORE', 'tower dumps are recorded by the store', {
      file: input.fileName,
    });
  const cells = o.cells.map((c) => {
    const r = parseCellId(c);
    if (!r.ok) throw new SkeinError('TOWERDUMP_BAD_CELL', `bad cell ${c}`, { field: 'cells', input: c });
    return r.key;
  });
  const fromMs = Date.parse(o.from);
  const toMs = Date.parse(o.to);
  if (!(fromMs < toMs))
    throw new SkeinError('TOWERDUMP_BAD_WINDOW', 'from must be before to', { field: 'from' });
  const id = deriveId('dump', input.sha256, [...cells].sort().join(','), String(fromMs), String(toMs));
  await sink.bulk.towerDump({ id, label: o.label ?? input.fileName, cells, fromMs, toMs });
  const cdr = CdrOptions.parse(Object.fromEntries(Object.entries(o).filter(([k]) => !DUMP_KEYS.has(k))));
  const prep = await prepareFile(input, cdr, id);
  const { outcome, counts } = await importPrepared(input, prep, sink, progress);
  const scope = await countOutOfScope(input, prep, { cells: new Set(cells), fromMs, toMs });
  const imported = counts.rows - counts.rejected;
  const outside = scope.outsideWindow + scope.outsideCells + scope.noCell;
  return {
    ...outcome,
    notes: [
      `tower dump ${id}: ${cells.length} cells, ${o.from} .. ${o.to}`,
      `in the scene: ${imported - outside} of ${imported} imported rows`,
      ...scopeNotes(scope),
      ...outcome.notes,
    ],
  };
}

export const towerDumpImporter: Importer<TowerDumpOptions> = {
  kind: 'towerdump',
  name: 'Tower dump',
  version: '1.0.0',
  options: TowerDumpOptions,
  acceptsFolder: false,
  run,
};
