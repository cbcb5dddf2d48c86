import { join, resolve } from 'node:path';
import { importerFor, type Importer } from '../ingest/index.js';
import { importFile, type Actor, type Workspace } from '../intel/index.js';
import { SkeinError } from '../model/index.js';
import type { GroundTruth } from './ground-truth.js';
import { GROUND_TRUTH_FILE, writeDemoFiles, type PlannedImport } from './write-files.js';

export interface DemoOptions {
  readonly actor: Actor;
  readonly caseName?: string;
  readonly seed?: number;
  /** 0 < scale ≤ 1 thins the background traffic; the story and its ground truth keep their shape. */
  readonly scale?: number;
  /** Where the files go; default `<workspace>/demo-files`. */
  readonly dir?: string;
  /** Finds the importer of a kind; default the shipped table. */
  readonly importers?: (kind: string) => Importer<unknown> | undefined;
  readonly progress?: (message: string) => void;
}

/** How one file fared: its counts, and any rejects beyond the intended ones. */
export interface DemoImport {
  readonly file: string;
  readonly kind: string;
  readonly status: 'imported' | 'already-imported' | 'no-importer';
  readonly importId?: string;
  readonly rowsIn: number;
  readonly imported: number;
  readonly rejected: number;
  readonly expectedRejects: Readonly<Record<string, number>>;
}

export interface DemoCase {
  readonly caseName: string;
  readonly dir: string;
  readonly files: readonly string[];
  readonly groundTruthFile: string;
  readonly imports: readonly DemoImport[];
  readonly groundTruth: GroundTruth;
}

const SEED_IN_PURPOSE = /seed (\d+), scale ([\d.]+)/u;

/**
 * Generates the demo case's files and imports them, in order, through the real importers. Idempotent:
 * the case is reused and files already imported are recognised by their hash.
 * Example: `await buildDemoCase(ws, { actor: { user: 'demo' } })`.
 */
export async function buildDemoCase(ws: Workspace, opts: DemoOptions): Promise<DemoCase> {
  const caseName = opts.caseName ?? 'demo';
  const seed = opts.seed ?? 7;
  const scale = opts.scale ?? 1;
  if (!Number.isInteger(seed) || !(scale > 0 && scale <= 1)) {
    throw new SkeinError('DEMO_BAD_OPTIONS', 'The seed is an integer and the scale lies in (0, 1].', {
      input: `${seed}/${scale}`,
    });
  }
  const dir = resolve(opts.dir ?? join(ws.root, 'demo-files'));
  await ensureCase(ws, caseName, seed, scale, opts.actor);
  const { plans, truth } = await writeDemoFiles(dir, seed, scale);
  const find = opts.importers ?? importerFor;
  const imports: DemoImport[] = [];
  for (const plan of plans) {
    opts.progress?.(`demo: importing ${plan.path}`);
    imports.push(await importPlan(ws, caseName, dir, plan, find(plan.kind), opts.actor));
  }
  return {
    caseName,
    dir,
    files: plans.map((p) => join(dir, p.path)),
    groundTruthFile: join(dir, GROUND_TRUTH_FILE),
    imports,
    groundTruth: truth,
  };
}

/** Creates the case, or reuses it when it was built from the same seed and scale (files would mix otherwise). */
async function ensureCase(
  ws: Workspace,
  name: string,
  seed: number,
  scale: number,
  actor: Actor,
): Promise<void> {
  const existing = (await ws.listCases()).find((c) => c.name === name && c.status === 'open');
  if (existing) {
    const m = SEED_IN_PURPOSE.exec(existing.purpose);
    if (!m || Number(m[1]) !== seed || Number(m[2]) !== scale) {
      throw new SkeinError(
        'DEMO_CASE_MISMATCH',
        `Case ${name} exists and was not built from seed ${seed}, scale ${scale}.`,
        { input: name },
      );
    }
    return;
  }
  await ws.createCase(
    {
      name,
      title: 'Demo: Zuwara–Agadez smuggling network (synthetic)',
      purpose: `Demonstration with synthetic data (seed ${seed}, scale ${scale}): a migrant-smuggling network on the Central Mediterranean route, Agadez–Sebha–Zuwara/Sabratha–Lampedusa, with a Sfax branch.`,
      region: 'LY',
      tz: 'Africa/Tripoli',
    },
    actor,
  );
}

async function importPlan(
  ws: Workspace,
  caseName: string,
  dir: string,
  plan: PlannedImport,
  importer: Importer<unknown> | undefined,
  actor: Actor,
): Promise<DemoImport> {
  const base = { file: plan.path, kind: plan.kind, expectedRejects: plan.expectedRejects };
  if (!importer) return { ...base, status: 'no-importer', rowsIn: 0, imported: 0, rejected: 0 };
  const r = await importFile(
    ws,
    {
      caseName,
      importer,
      path: join(dir, plan.path),
      options: plan.options,
      ...(plan.region ? { region: plan.region } : {}),
      ...(plan.tz ? { tz: plan.tz } : {}),
    },
    actor,
  );
  const { id, rowsIn, imported, rejected } = r.record;
  return { ...base, status: r.status, importId: id, rowsIn, imported, rejected };
}
