import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Workspace } from '../intel/index.js';
import { analyst, tempWorkspace } from '../intel/test-support/temp-workspace.js';
import { DuckDbCaseStore } from '../store/index.js';
import { buildDemoCase, type DemoCase } from './index.js';

let ws: Workspace;
let dispose: () => Promise<void>;
let demo: DemoCase;

const sql = (text: string): Promise<Record<string, unknown>[]> =>
  ws.withCase(demo.caseName, async (store) => {
    if (!(store instanceof DuckDbCaseStore)) throw new Error('the demo test reads the DuckDB store');
    return store.db.all(text);
  });
const quoted = (xs: readonly string[]): string => xs.map((x) => `'${x.replaceAll("'", "''")}'`).join(',');

beforeAll(async () => {
  ({ ws, dispose } = await tempWorkspace());
  demo = await buildDemoCase(ws, { actor: analyst, scale: 0.05 });
}, 120_000);

afterAll(async () => dispose());

describe('buildDemoCase', () => {
  it('imports every file with exactly the intended rejects', async () => {
    const byFile = new Map(demo.groundTruth.files.map((f) => [f.path, f]));
    for (const i of demo.imports) {
      expect(i.status, i.file).toBe('imported');
      const expected = byFile.get(i.file);
      expect(i.rowsIn, i.file).toBe(expected?.rowsIn);
      expect(i.imported + i.rejected, i.file).toBe(i.rowsIn);
      expect(i.rejected, i.file).toBe(Object.values(i.expectedRejects).reduce((a, b) => a + b, 0));
    }
    const codes = await sql(`SELECT code, count(*)::INTEGER n FROM rejects GROUP BY code`);
    expect(codes).toEqual([{ code: 'CDR_FOOTER_ROW', n: 1 }]);
  });

  it('is idempotent: a second build reuses the case and recognises every file', async () => {
    const before = await ws.withCase(demo.caseName, (s) => s.counts());
    const again = await buildDemoCase(ws, { actor: analyst, scale: 0.05 });
    expect(again.imports.filter((i) => i.status === 'imported')).toEqual([]);
    expect(await ws.withCase(demo.caseName, (s) => s.counts())).toEqual(before);
    await expect(buildDemoCase(ws, { actor: analyst, scale: 0.05, seed: 8 })).rejects.toMatchObject({
      code: 'DEMO_CASE_MISMATCH',
    });
  }, 60_000);

  it('holds every ground-truth number as a phone entity', async () => {
    const phones = [...new Set(demo.groundTruth.persons.flatMap((p) => p.lines.map((l) => l.phone)))];
    const rows = await sql(`SELECT key FROM entities WHERE kind = 'phone' AND key IN (${quoted(phones)})`);
    expect(new Set(rows.map((r) => r.key))).toEqual(new Set(phones));
  });

  it('lists the names the seized phone saved numbers under as their aliases', async () => {
    const saved = demo.groundTruth.aliases.filter((x) => x.source === 'ufed-contacts');
    const ids = await sql(
      `SELECT key, id FROM entities WHERE kind = 'phone' AND key IN (${quoted(saved.map((a) => a.phone))})`,
    );
    const idOf = new Map(ids.map((r) => [String(r.key), String(r.id)]));
    await ws.withCase(demo.caseName, async (store) => {
      for (const a of saved) {
        const rows = await store.aliases(idOf.get(a.phone) ?? '');
        expect(
          rows.map((r) => [r.name, r.holderLabel]),
          a.phone,
        ).toContainEqual([a.name, a.holderPhone]);
      }
    });
  });

  it('shows each replacement as a silence on the old number and a start on the new one', async () => {
    for (const r of demo.groundTruth.replacements) {
      const [row] = await sql(`
        SELECT max(l.t) FILTER (WHERE e.key = '${r.oldPhone}') AS last_old, min(l.t) FILTER (WHERE e.key = '${r.newPhone}') AS first_new,
               list_distinct(list(l.imei) FILTER (WHERE l.imei IS NOT NULL)) AS imeis
        FROM legs l JOIN entities e ON e.id = l.party WHERE e.key IN ('${r.oldPhone}', '${r.newPhone}')`);
      expect(new Date(String(row?.last_old)).getTime(), r.person).toBe(Date.parse(r.oldLastSeen));
      expect(new Date(String(row?.first_new)).getTime(), r.person).toBe(Date.parse(r.newFirstSeen));
      expect((row?.imeis as unknown[]).length, r.person).toBe(r.sameImei ? 1 : 2);
    }
  });

  it('records a call between two billed targets once, with a source in each operator’s file', async () => {
    const rows = await sql(`
      SELECT count(*)::INTEGER n FROM (
        SELECT s.event_id FROM event_sources s JOIN imports i ON i.id = s.import_id
        WHERE i.kind = 'cdr' GROUP BY s.event_id HAVING count(DISTINCT i.file_name) = 2)`);
    expect(rows[0]?.n).toBeGreaterThan(0);
  });

  it('keeps persons with their Art. 6 categories, graded intelligence and an analyst assessment', async () => {
    const cats = await sql(`SELECT DISTINCT category FROM entities WHERE kind = 'person' ORDER BY 1`);
    expect(cats.map((c) => c.category)).toEqual(expect.arrayContaining(['other-party', 'suspect', 'victim']));
    const assessed = await sql(`SELECT count(*)::INTEGER n FROM links WHERE basis = 'assessment'`);
    expect(assessed[0]?.n).toBeGreaterThan(0);
    const graded = await sql(`SELECT count(*)::INTEGER n FROM entity_sources WHERE grading IS NOT NULL`);
    expect(graded[0]?.n).toBeGreaterThan(0);
  });

  it('meets the listed stolen passport in the case through the network member carrying it', async () => {
    const doc = demo.groundTruth.watchlist.find((w) => w.basis === 'document-number');
    const rows = await sql(`
      SELECT count(DISTINCT s.import_id)::INTEGER sources, count(DISTINCT l.id)::INTEGER owners
      FROM entities e JOIN entity_sources s ON s.entity_id = e.id LEFT JOIN links l ON l.dst = e.id AND l.kind = 'owns'
      WHERE e.kind = 'document' AND e.key = '${doc?.documentNumber ?? ''}'`);
    expect(rows[0]).toEqual({ sources: 2, owners: 1 });
  });

  it('flags the Italian call stamped inside the Rome DST fold', async () => {
    const rows = await sql(`SELECT count(*)::INTEGER n FROM event_sources WHERE time_flag = 'dst-fold'`);
    expect(rows[0]?.n).toBe(1);
  });

  it('finds each scene’s crew and migrants in that scene’s tower dump', async () => {
    for (const scene of demo.groundTruth.scenes) {
      const seen = await sql(`
        SELECT DISTINCT e.key FROM cell_obs o JOIN tower_dumps d ON d.id = o.dump_id JOIN entities e ON e.id = o.party
        WHERE d.label LIKE '${scene.id} %'`);
      const keys = new Set(seen.map((r) => r.key));
      for (const p of [...scene.crew, ...scene.migrants])
        expect(keys.has(p.phone), `${scene.id} ${p.person}`).toBe(true);
      expect(keys.size).toBeGreaterThanOrEqual(
        scene.crew.length + scene.migrants.length + scene.backgroundCount,
      );
    }
  });

  it('resolves every cell the files use to a registry site', async () => {
    const rows =
      await sql(`SELECT count(*)::INTEGER n FROM (SELECT DISTINCT cell FROM legs WHERE cell IS NOT NULL) c
      WHERE cell NOT IN (SELECT key FROM cells)`);
    expect(rows[0]?.n).toBe(0);
  });
});
