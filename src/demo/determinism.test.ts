import { createHash } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  isLuhnValid,
  normaliseIccid,
  normaliseImsi,
  normalisePhone,
  parseMrz,
} from '../model/selectors/index.js';
import { GroundTruth } from './ground-truth.js';
import { GROUND_TRUTH_FILE, writeDemoFiles } from './write-files.js';

const SCALE = 0.1;
const roots: string[] = [];

async function generate(seed: number): Promise<{ dir: string; hashes: Record<string, string> }> {
  const dir = await mkdtemp(join(tmpdir(), 'skein-demo-files-'));
  roots.push(dir);
  await writeDemoFiles(dir, seed, SCALE);
  const hashes: Record<string, string> = {};
  const walk = async (d: string): Promise<void> => {
    for (const e of await readdir(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) await walk(p);
      else
        hashes[relative(dir, p)] = createHash('sha256')
          .update(await readFile(p))
          .digest('hex');
    }
  };
  await walk(dir);
  return { dir, hashes };
}

afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

describe('demo files', () => {
  it('are byte-identical for one seed and differ for another', async () => {
    const [a, b, c] = [await generate(7), await generate(7), await generate(8)];
    expect(Object.keys(a.hashes).length).toBeGreaterThanOrEqual(12);
    expect(b.hashes).toEqual(a.hashes);
    expect(c.hashes[GROUND_TRUTH_FILE]).not.toBe(a.hashes[GROUND_TRUTH_FILE]);
    expect(c.hashes['cdr/ly-operator-billing.csv']).not.toBe(a.hashes['cdr/ly-operator-billing.csv']);
  });

  it('carry a ground truth that fits its schema and tells a consistent story', async () => {
    const { dir } = await generate(7);
    const truth = GroundTruth.parse(JSON.parse(await readFile(join(dir, GROUND_TRUTH_FILE), 'utf8')));
    const [replaced, swapped] = truth.replacements;
    expect(replaced).toMatchObject({ person: 'coordinator', kind: 'new-handset-and-sim', sameImei: false });
    expect(swapped).toMatchObject({ person: 'sebha-driver', kind: 'sim-swap', sameImei: true });
    for (const r of truth.replacements) {
      const silenceH = (Date.parse(r.newFirstSeen) - Date.parse(r.oldLastSeen)) / 3_600_000;
      expect(silenceH).toBeGreaterThan(0);
      expect(silenceH).toBeLessThan(7 * 24);
      expect(r.sharedCounterparts.length).toBeGreaterThanOrEqual(5);
    }
    expect(truth.sharedDevices[0]?.phones).toHaveLength(2);
    const scenesOf = new Map<string, number>();
    for (const s of truth.scenes)
      for (const c of s.crew) scenesOf.set(c.person, (scenesOf.get(c.person) ?? 0) + 1);
    expect([...scenesOf.values()].filter((n) => n >= 2).length).toBeGreaterThanOrEqual(4);
    expect(truth.organisers).toEqual(expect.arrayContaining(['coordinator', 'agadez-boss', 'sfax-boss']));
    expect(truth.aliases.map((a) => a.name)).toEqual(expect.arrayContaining(['Hajj Boat', 'الحاج']));
    expect(truth.watchlist.filter((w) => w.basis === 'document-number')).toHaveLength(1);
  });

  it('use only valid identifiers: E.164 mobiles, Luhn IMEIs, IMSIs of the right MCC, ICCIDs, TD3 MRZs', async () => {
    const { dir } = await generate(11);
    const truth = GroundTruth.parse(JSON.parse(await readFile(join(dir, GROUND_TRUTH_FILE), 'utf8')));
    const mcc = { '+218': '606', '+216': '605', '+227': '614', '+39': '222' } as const;
    for (const line of truth.persons.flatMap((p) => p.lines)) {
      const phone = normalisePhone(line.phone);
      expect(phone.ok && phone.value.value === line.phone && phone.value.flags.length === 0, line.phone).toBe(
        true,
      );
      expect(isLuhnValid(line.imei), line.imei).toBe(true);
      const imsi = normaliseImsi(line.imsi);
      expect(imsi.ok, line.imsi).toBe(true);
      const prefix = Object.keys(mcc).find((p) => line.phone.startsWith(p)) as keyof typeof mcc;
      expect(line.imsi.slice(0, 3)).toBe(mcc[prefix]);
      expect(normaliseIccid(line.iccid).ok, line.iccid).toBe(true);
    }
    const docs = truth.watchlist.filter((w) => w.kind === 'document');
    expect(docs.length).toBeGreaterThanOrEqual(4);
    for (const d of docs) {
      const mrz = parseMrz(d.mrz ?? [], { referenceDate: new Date(Date.UTC(2026, 10, 1)) });
      expect(
        mrz.ok && mrz.value.format === 'TD3' && mrz.value.documentNumber === d.documentNumber,
        d.documentNumber,
      ).toBe(true);
    }
  });
});
