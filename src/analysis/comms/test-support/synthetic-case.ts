import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { z } from 'zod';
import type { Importer } from '../../../ingest/index.js';
import { importFile, type Workspace } from '../../../intel/index.js';
import { entityId } from '../../../model/index.js';
import type { CellSiteDraft, TowerDumpDraft } from '../../../ingest/index.js';

/** One synthetic communication: parties are E.164 keys, what the network saw of each side is optional. */
export interface SynthEvent {
  readonly kind: 'call' | 'sms' | 'data' | 'cell-observation';
  readonly a: string;
  readonly b?: string;
  readonly tMs: number;
  readonly durationS: number;
  readonly aCell?: string;
  readonly aImei?: string;
  readonly aImsi?: string;
  readonly bCell?: string;
  readonly dumpId?: string;
}

export interface SynthCase {
  readonly events: readonly SynthEvent[];
  readonly dumps?: readonly TowerDumpDraft[];
  readonly cells?: readonly CellSiteDraft[];
}

/** Test importer: the file is a `SynthCase` as JSON, written through the sink (and its bulk stage). */
export const synthImporter: Importer<Record<string, never>> = {
  kind: 'synthetic-comms',
  name: 'synthetic-comms-test-importer',
  version: '1',
  acceptsFolder: false,
  options: z.object({}),
  async run(input, _options, sink) {
    const data = JSON.parse(await readFile(input.path, 'utf8')) as SynthCase;
    let row = 0;
    const phone = (key: string): string => sink.entity({ kind: 'phone', key, raw: key }, { row });
    for (const e of data.events) {
      row += 1;
      if (e.aImei) sink.entity({ kind: 'device', key: e.aImei }, { row });
      if (e.aImsi) sink.entity({ kind: 'sim', key: e.aImsi }, { row });
      sink.event(
        {
          kind: e.kind,
          startUtcMs: e.tMs,
          time: { raw: new Date(e.tMs).toISOString(), zone: 'UTC' },
          durationS: e.durationS,
          from: phone(e.a),
          ...(e.b === undefined ? {} : { to: phone(e.b) }),
          ...(e.dumpId === undefined ? {} : { dumpId: e.dumpId }),
          sightings: [
            {
              party: 'from',
              ...(e.aCell === undefined ? {} : { cell: e.aCell }),
              ...(e.aImei === undefined ? {} : { imei: e.aImei }),
              ...(e.aImsi === undefined ? {} : { imsi: e.aImsi }),
            },
            ...(e.bCell === undefined ? [] : [{ party: 'to' as const, cell: e.bCell }]),
          ],
        },
        { row },
      );
    }
    for (const d of data.dumps ?? []) await sink.bulk?.towerDump(d);
    if (data.cells && data.cells.length > 0) await sink.bulk?.cells(data.cells);
    return { rowsIn: row, skipped: {}, notes: [] };
  },
};

/** Imports a synthetic case into `caseName` of a (temp) workspace. */
export async function loadSynthCase(
  ws: Workspace,
  dir: string,
  caseName: string,
  data: SynthCase,
): Promise<void> {
  const path = join(dir, `${caseName}-${Math.random().toString(36).slice(2)}.json`);
  await writeFile(path, JSON.stringify(data));
  await importFile(ws, { caseName, importer: synthImporter, path, options: {} }, { user: 'analyst.test' });
}

/** The entity id of a phone key, as the store keys legs. */
export const phoneId = (key: string): string => entityId({ kind: 'phone', key });
