import { stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, type ImportRequest, type Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { DEFAULT_LIMITS, type Importer, type RecordSink } from '../contract.js';

export interface ContractSpec {
  readonly importer: Importer<unknown>;
  /** A real or realistic sample the importer must read with at least one record. */
  readonly sample: string;
  /** A sample with at least one bad row, which must be rejected with a code and kept. */
  readonly withBadRows?: string;
  readonly options?: Record<string, unknown>;
  readonly region?: string;
  readonly tz?: string;
  readonly owner?: string;
}

/**
 * The contract every importer passes (STYLE.md): it counts every input unit as imported or
 * rejected, keeps provenance for every record, recognises a file it has read, is atomic when it
 * fails midway, keeps bad rows with a reason, and is held to the size limit.
 */
export function describeImporterContract(spec: ContractSpec): void {
  describe(`importer contract: ${spec.importer.kind}`, () => {
    let ws: Workspace;
    let dispose: () => Promise<void>;
    beforeEach(async () => {
      ({ ws, dispose } = await tempWorkspace());
      await ws.createCase({ name: 'contract', ...(spec.region ? { region: spec.region } : {}) }, analyst);
    });
    afterEach(() => dispose());

    const request = (path: string, extra: Partial<ImportRequest<unknown>> = {}): ImportRequest<unknown> => ({
      caseName: 'contract',
      importer: spec.importer,
      path,
      options: spec.options ?? {},
      ...(spec.tz ? { tz: spec.tz } : {}),
      ...(spec.owner ? { owner: spec.owner } : {}),
      ...extra,
    });

    it('imports the sample, counting every unit as imported or rejected, with provenance for every record', async () => {
      const res = await importFile(ws, request(spec.sample), analyst);
      expect(res.status).toBe('imported');
      const r = res.record;
      expect(r.imported).toBeGreaterThan(0);
      expect(r.rowsIn).toBe(r.imported + r.rejected);
      expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
      expect(r.importerVersion).toBe(spec.importer.version);
      await ws.withCase('contract', async (store) => {
        expect(await store.provenanceGaps()).toEqual({
          entitiesWithoutSource: 0,
          eventsWithoutSource: 0,
          linksWithoutSource: 0,
          sourcesWithoutImport: 0,
          rejectsWithoutReason: 0,
        });
        const counts = await store.counts();
        expect((counts.entities ?? 0) + (counts.events ?? 0)).toBeGreaterThan(0);
        expect(counts.rejects).toBe(r.rejected);
      });
    });

    it('recognises a file it has already read and changes nothing', async () => {
      await importFile(ws, request(spec.sample), analyst);
      const before = await ws.withCase('contract', (s) => s.counts());
      const again = await importFile(ws, request(spec.sample), analyst);
      expect(again.status).toBe('already-imported');
      expect(await ws.withCase('contract', (s) => s.counts())).toEqual(before);
    });

    it('leaves the case unchanged when it fails midway', async () => {
      const before = await ws.withCase('contract', (s) => s.counts());
      const failing: Importer<unknown> = {
        ...spec.importer,
        run: (input, options, sink, progress) =>
          spec.importer.run(input, options, failAfter(sink, 3), progress),
      };
      await expect(importFile(ws, request(spec.sample, { importer: failing }), analyst)).rejects.toThrow(
        'sink failure injected by the contract suite',
      );
      expect(await ws.withCase('contract', (s) => s.counts())).toEqual(before);
    });

    it('refuses a file over the size limit before reading it', async () => {
      if ((await stat(spec.sample)).isDirectory()) return;
      await expect(
        importFile(ws, request(spec.sample, { limits: { ...DEFAULT_LIMITS, maxFileBytes: 1 } }), analyst),
      ).rejects.toMatchObject({ code: 'IMPORT_FILE_TOO_LARGE' });
    });

    if (spec.withBadRows !== undefined) {
      const bad = spec.withBadRows;
      it('keeps bad rows with their row, a code and the raw input', async () => {
        const { record } = await importFile(ws, request(bad), analyst);
        expect(record.rejected).toBeGreaterThan(0);
        expect(record.rowsIn).toBe(record.imported + record.rejected);
        const rejects = await ws.withCase('contract', (s) => s.rejects({ limit: 1000, offset: 0 }));
        expect(rejects).toHaveLength(record.rejected);
        for (const r of rejects) {
          expect(r.code).toMatch(/^[A-Z][A-Z0-9_]+$/);
          expect(r.row).toBeGreaterThanOrEqual(0);
          expect(typeof r.raw).toBe('string');
        }
      });
    }
  });
}

const WRITES = new Set<PropertyKey>(['entity', 'event', 'link', 'alias', 'reject']);

/**
 * A sink that throws on its n-th write, to prove a failing import leaves nothing behind. A proxy, so
 * any other capability the store's sink offers passes through untouched.
 */
function failAfter(sink: RecordSink, n: number): RecordSink {
  let writes = 0;
  return new Proxy(sink, {
    get(target, prop, receiver) {
      const value: unknown = Reflect.get(target, prop, receiver);
      if (!WRITES.has(prop) || typeof value !== 'function') return value;
      return (...args: unknown[]) => {
        writes += 1;
        if (writes > n) throw new Error('sink failure injected by the contract suite');
        return (value as (...a: unknown[]) => unknown).apply(target, args);
      };
    },
  });
}
