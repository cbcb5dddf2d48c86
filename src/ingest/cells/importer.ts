import { z } from 'zod';
import { SkeinError } from '../../model/index.js';
import type {
  CellSiteDraft,
  ImportInput,
  ImportOutcome,
  Importer,
  ProgressFn,
  RecordSink,
} from '../contract.js';
import { cellKey } from '../cdr/parse/cell-id.js';
import { detectTableFormat, tableRecords } from '../tabular/table-source.js';

export const CellsOptions = z.object({ hex: z.boolean().optional() }).strict();
export type CellsOptions = z.infer<typeof CellsOptions>;

// OpenCelliD/MLS names first, then operator-list words.
const NAMES: Record<string, readonly string[]> = {
  radio: ['radio', 'technology', 'tech', 'rat'],
  mcc: ['mcc'],
  mnc: ['net', 'mnc'],
  area: ['area', 'lac', 'tac'],
  cell: ['cell', 'ci', 'cid', 'cellid', 'cell id', 'eci'],
  lat: ['lat', 'latitude'],
  lon: ['lon', 'long', 'lng', 'longitude'],
  azimuth: ['azimuth', 'azimut', 'bearing'],
  beam: ['beam', 'beamwidth', 'beam width', 'hbw'],
  range: ['range', 'radius', 'range m'],
  label: ['site', 'site id', 'name', 'label', 'address'],
};

const BATCH = 50_000;

/** Imports a cell registry (OpenCelliD CSV or an operator list) keyed like CDR cells: `mcc-mnc-area-cell`. */
async function run(
  input: ImportInput,
  o: CellsOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  if (!sink.bulk)
    throw new SkeinError('CELLS_NEEDS_STORE', 'cell registries are written by the store', {
      file: input.fileName,
    });
  const format = await detectTableFormat(input.path);
  let cols: Record<string, number> | undefined;
  let rows = 0;
  let batch: CellSiteDraft[] = [];
  const num = (f: readonly string[], k: string): number | undefined => {
    const i = cols?.[k];
    const v = i === undefined ? '' : (f[i] ?? '').trim();
    if (v === '') return undefined;
    const n = o.hex === true && (k === 'area' || k === 'cell') ? parseInt(v, 16) : Number(v);
    return Number.isFinite(n) ? n : undefined;
  };
  for await (const r of tableRecords(input.path, format, { limits: input.limits, file: input.fileName })) {
    if (cols === undefined) {
      const h = r.fields.map((x) => x.trim().toLowerCase().replace(/[_-]+/gu, ' '));
      cols = Object.fromEntries(
        Object.entries(NAMES)
          .map(([k, ws]) => [k, h.findIndex((x) => ws.includes(x))])
          .filter(([, i]) => (i as number) >= 0),
      );
      if (['mcc', 'mnc', 'area', 'cell'].some((k) => cols?.[k] === undefined)) {
        throw new SkeinError('CELLS_NO_HEADER', 'need mcc, mnc/net, area/lac and cell columns', {
          file: input.fileName,
        });
      }
      continue;
    }
    rows += 1;
    const [mcc, mnc, area, cell] = [
      num(r.fields, 'mcc'),
      num(r.fields, 'mnc'),
      num(r.fields, 'area'),
      num(r.fields, 'cell'),
    ];
    if (mcc === undefined || mnc === undefined || area === undefined || cell === undefined) {
      sink.reject({ row: r.line, code: 'CELLS_BAD_ID', raw: r.fields.join(',') });
      continue;
    }
    const opt = (k: string): Record<string, number> => {
      const v = num(r.fields, k);
      return v === undefined ? {} : { [k === 'range' ? 'rangeM' : k]: v };
    };
    const radio = cols.radio === undefined ? undefined : r.fields[cols.radio]?.trim();
    const label = cols.label === undefined ? undefined : r.fields[cols.label]?.trim();
    batch.push({
      key: cellKey(mcc, mnc, area, cell),
      mcc,
      mnc,
      area,
      cell,
      row: r.line,
      ...opt('lat'),
      ...opt('lon'),
      ...opt('azimuth'),
      ...opt('beam'),
      ...opt('range'),
      ...(radio ? { radio } : {}),
      ...(label ? { label } : {}),
    });
    if (batch.length >= BATCH) {
      await sink.bulk.cells(batch);
      batch = [];
      progress(rows, undefined, 'rows');
    }
  }
  await sink.bulk.cells(batch);
  return { rowsIn: rows, skipped: { 'header-line': 1 }, notes: [`cells keyed mcc-mnc-area-cell (decimal)`] };
}

export const cellsImporter: Importer<CellsOptions> = {
  kind: 'cells',
  name: 'Cell-site registry (OpenCelliD / operator list)',
  version: '1.0.0',
  options: CellsOptions,
  acceptsFolder: false,
  run,
};
