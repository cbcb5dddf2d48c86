import type { Command } from 'commander';
import { buildDemoCase, type DemoCase, type DemoImport } from '../../demo/index.js';
import type { Actor, Workspace } from '../../intel/index.js';
import { SkeinError } from '../../model/index.js';
import { cliContext, type GlobalOptions } from '../context.js';
import { printObject } from '../output.js';

interface DemoFlags {
  case: string;
  seed: string;
  scale: string;
  dir?: string;
  serve?: boolean;
}

/** What `--serve` runs once the case is built; the workbench supplies it. */
export interface DemoHooks {
  readonly serve?: (args: { ws: Workspace; caseName: string; actor: Actor }) => Promise<void>;
}

/** `skein demo`: builds (or refreshes) the synthetic demo case and prints what each file imported. */
export function registerDemoCommand(program: Command, hooks: DemoHooks = {}): void {
  program
    .command('demo')
    .description('build the synthetic demo case (a smuggling network on the Central Mediterranean route)')
    .option('--case <name>', 'case name', 'demo')
    .option('--seed <n>', 'generator seed: the same seed gives the same files', '7')
    .option('--scale <x>', 'background traffic, 0 < x ≤ 1', '1')
    .option('--dir <path>', 'where to write the files (default <workspace>/demo-files)')
    .option('--serve', 'serve the case in the workbench once built')
    .action(async (flags: DemoFlags, cmd: Command) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const seed = Number(flags.seed);
      const scale = Number(flags.scale);
      if (!Number.isInteger(seed) || !Number.isFinite(scale)) {
        throw new SkeinError('DEMO_BAD_OPTIONS', 'The seed is an integer and the scale a number in (0, 1].', {
          input: `${flags.seed} ${flags.scale}`,
        });
      }
      const demo = await buildDemoCase(ctx.ws, {
        actor: ctx.actor,
        caseName: flags.case,
        seed,
        scale,
        ...(flags.dir ? { dir: flags.dir } : {}),
        progress: (m) => process.stderr.write(`${m}\n`),
      });
      printObject(
        {
          caseName: demo.caseName,
          dir: demo.dir,
          groundTruthFile: demo.groundTruthFile,
          imports: demo.imports,
        },
        ctx.json,
        () => describe(demo),
      );
      if (flags.serve) {
        if (hooks.serve) await hooks.serve({ ws: ctx.ws, caseName: demo.caseName, actor: ctx.actor });
        else
          process.stderr.write(
            'skein demo: --serve needs the workbench, which is not part of this build yet\n',
          );
      }
    });
}

function describe(demo: DemoCase): string {
  const lines = demo.imports.map(line);
  return [
    `case ${demo.caseName}: ${demo.imports.length} files from ${demo.dir}`,
    ...lines,
    `ground truth: ${demo.groundTruthFile}`,
  ].join('\n');
}

function line(i: DemoImport): string {
  if (i.status === 'no-importer') return `  ${i.file}: skipped, no ${i.kind} importer in this build`;
  const intended = Object.entries(i.expectedRejects).map(([code, n]) => `${n} ${code}`);
  const note = intended.length > 0 ? ` (intended: ${intended.join(', ')})` : '';
  const status = i.status === 'already-imported' ? 'already imported; ' : '';
  return `  ${i.file} [${i.kind}]: ${status}rows in ${i.rowsIn} = imported ${i.imported} + rejected ${i.rejected}${note}`;
}
