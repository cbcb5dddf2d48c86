import type { Command } from 'commander';
import { aliasesOf, rejectsOf, searchCase } from '../../intel/index.js';
import { cliContext, type GlobalOptions } from '../context.js';
import { printRows } from '../output.js';

export function registerCaseQueryCommands(program: Command): void {
  program
    .command('search <text>')
    .description('search selectors, names and aliases in a case (tolerant matching)')
    .requiredOption('--case <name>', 'the case')
    .option('--limit <n>', 'most hits', '25')
    .action(async (text: string, o: { case: string; limit: string }, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const hits = await searchCase(ctx.ws, o.case, text, ctx.actor, Number(o.limit));
      printRows(
        hits.map((h) => ({ ...h })),
        ctx.json,
        '(no match)',
      );
    });

  program
    .command('rejects')
    .description('list the rows an import rejected, with line, field and code')
    .requiredOption('--case <name>', 'the case')
    .option('--import <id>', 'one import only')
    .option('--limit <n>', 'most rows', '100')
    .option('--offset <n>', 'skip rows', '0')
    .action(async (o: { case: string; import?: string; limit: string; offset: string }, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const filter = {
        ...(o.import ? { importId: o.import } : {}),
        limit: Number(o.limit),
        offset: Number(o.offset),
      };
      printRows(await rejectsOf(ctx.ws, o.case, filter, ctx.actor), ctx.json, '(no rejected rows)');
    });

  program
    .command('aliases <selector>')
    .description('every name a selector is saved under, across extractions and contact lists')
    .requiredOption('--case <name>', 'the case')
    .action(async (selector: string, o: { case: string }, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const rows = await aliasesOf(ctx.ws, o.case, selector, ctx.actor);
      printRows(
        rows.map((r) => ({ ...r })),
        ctx.json,
        '(no aliases)',
      );
    });
}
