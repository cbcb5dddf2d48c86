import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { isoUtc } from './clock.js';
import { billedNumbers, billingRows } from './billing.js';
import { ITALIAN_PREAMBLE, LIBYAN_AR, TUNISIAN_FR, type BillingLayout } from './billing-layouts.js';
import type { GroundTruth, GtFile } from './ground-truth.js';
import { IdentifierPool } from './identifiers.js';
import { seededRng } from './random.js';
import { renderOpenCellId, renderOperatorSites } from './render-cells.js';
import { renderCaseIntel, renderWatchlist } from './render-lists.js';
import { writeTable } from './render-table.js';
import { renderCaptainUfed } from './render-ufed.js';
import { GROUP_NAME, OWNER_NAME, renderGroupExport } from './render-whatsapp.js';
import { dumpRows, sceneCells } from './tower-dumps.js';
import { groundTruth } from './truth.js';
import { listedDocuments } from './watchlist.js';
import { buildWorld } from './world.js';

/** One file to import: which importer, with which options, and what the import should count. */
export interface PlannedImport extends GtFile {
  readonly options: Readonly<Record<string, unknown>>;
  readonly region?: string;
  readonly tz?: string;
}

export const GROUND_TRUTH_FILE = 'ground-truth.json';

/** Writes every file of the demo case into `dir`, in the order they should be imported, and the ground truth beside them. */
export async function writeDemoFiles(
  dir: string,
  seed: number,
  scale: number,
): Promise<{ plans: PlannedImport[]; truth: GroundTruth }> {
  const world = buildWorld(seed, scale);
  const rng = seededRng(seed).fork('files');
  const plans: PlannedImport[] = [];
  const put = async (rel: string, data: string | Buffer): Promise<string> => {
    const path = join(dir, rel);
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, data);
    return path;
  };
  const table = async (
    rel: string,
    layout: BillingLayout,
    rows: Parameters<typeof writeTable>[2],
    extra: Record<string, unknown>,
    target = '',
  ): Promise<void> => {
    await mkdir(dirname(join(dir, rel)), { recursive: true });
    const n = await writeTable(join(dir, rel), layout, rows, target);
    const isDump = extra['cells'] !== undefined;
    plans.push({
      path: rel,
      kind: isDump ? 'towerdump' : 'cdr',
      options: { profile: layout.profile, ...extra },
      tz: layout.zone,
      ...(layout.region ? { region: layout.region } : {}),
      rowsIn: n.rows + n.footers,
      expectedRejects: n.footers > 0 ? { CDR_FOOTER_ROW: n.footers } : {},
    });
  };

  // The Libyan operator delivered its own site list; Tunisian and Italian cells come from OpenCelliD.
  const libyan = world.cells.filter((c) => c.mcc === 606);
  const others = world.cells.filter((c) => c.mcc !== 606);
  for (const [rel, text, n] of [
    ['registry/ly-operator-sites.csv', renderOperatorSites(libyan), libyan.length],
    ['registry/opencellid-cells.csv', renderOpenCellId(others), others.length],
  ] as const) {
    await put(rel, text);
    plans.push({ path: rel, kind: 'cells', options: {}, rowsIn: n, expectedRejects: {} });
  }

  const documents = listedDocuments(new IdentifierPool(rng.fork('documents')));
  for (const [rel, text, namespace] of [
    ['intel/case-intel.jsonl', renderCaseIntel(world, documents), 'demo'],
    ['watchlist/notices-and-sltd.jsonl', renderWatchlist(world, documents), 'watchlist'],
  ] as const) {
    await put(rel, text);
    plans.push({
      path: rel,
      kind: 'entities',
      options: { namespace },
      region: 'LY',
      rowsIn: text.split('\n').length - 1,
      expectedRejects: {},
    });
  }

  await table('cdr/ly-operator-billing.csv', LIBYAN_AR, billingRows(world, 'ly'), {});
  await table('cdr/tn-operator-billing.csv', TUNISIAN_FR, billingRows(world, 'tn'), {});
  for (const target of billedNumbers(world, 'it')) {
    const rows = billingRows(world, 'it').filter((r) => r.target === target);
    await table(`cdr/it-operator-billing-${target.slice(1)}.csv`, ITALIAN_PREAMBLE, rows, {}, target);
  }

  const sceneFiles: Record<string, string> = {};
  for (const c of world.scenes) {
    const rel = `towerdump/${c.scene.id}-${c.scene.place}.csv`;
    sceneFiles[c.scene.id] = rel;
    await table(rel, c.scene.country === 'TN' ? TUNISIAN_FR : LIBYAN_AR, dumpRows(world, c.scene), {
      cells: sceneCells(world, c.scene),
      from: isoUtc(c.scene.fromMs),
      to: isoUtc(c.scene.toMs),
      label: `${c.scene.id} ${c.scene.label}`,
    });
  }

  const ufed = renderCaptainUfed(world, rng.fork('ufed'));
  await put('extraction/LMP-7/report.xml', ufed.xml);
  plans.push({
    path: 'extraction/LMP-7/report.xml',
    kind: 'ufed',
    options: {},
    region: 'LY',
    tz: 'Africa/Tripoli',
    rowsIn: ufed.units,
    expectedRejects: {},
  });

  const group = renderGroupExport(world);
  const chatFile = `whatsapp/WhatsApp Chat with ${GROUP_NAME}.txt`;
  await put(chatFile, group.text);
  plans.push({
    path: chatFile,
    kind: 'whatsapp',
    options: { owner: ufed.owner.phone, ownerName: OWNER_NAME, chatType: 'group' },
    region: 'LY',
    tz: 'Africa/Tripoli',
    rowsIn: group.lines,
    expectedRejects: {},
  });

  const truth = groundTruth(world, {
    files: plans.map(({ path, kind, rowsIn, expectedRejects }) => ({ path, kind, rowsIn, expectedRejects })),
    sceneFiles,
    captainPhone: ufed.owner.phone,
    contacts: ufed.contacts,
    groupSenders: group.senders,
    documents,
  });
  await put(GROUND_TRUTH_FILE, `${JSON.stringify(truth, null, 2)}\n`);
  return { plans, truth };
}
