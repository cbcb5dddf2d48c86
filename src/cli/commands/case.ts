import type { Command } from 'commander';
import { SkeinError } from '../../model/index.js';
import { cliContext, type GlobalOptions } from '../context.js';
import { printObject, printRows } from '../output.js';

export function registerCaseCommands(program: Command): void {
  const kase = program.command('case').description('create, list and purge cases');
  kase
    .command('create <name>')
    .description('create a case: its own database file in the workspace')
    .option('--title <title>', 'a human title')
    .option('--purpose <text>', 'the lawful purpose, used as the default justification in the audit trail')
    .option('--region <CC>', 'default region for national-format numbers (ISO 3166-1 alpha-2)')
    .option('--tz <zone>', 'default IANA time zone of local times in this case')
    .action(
      async (name: string, o: { title?: string; purpose?: string; region?: string; tz?: string }, cmd) => {
        const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
        const info = await ctx.ws.createCase({ name, ...o }, ctx.actor);
        printObject(info, ctx.json, () => `created case ${info.name} (${info.file})`);
      },
    );
  kase
    .command('list')
    .description('list the cases in the workspace')
    .action(async (_o, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const cases = await ctx.ws.listCases();
      printRows(
        cases.map((c) => ({
          name: c.name,
          title: c.title,
          status: c.status,
          region: c.region,
          tz: c.tz,
          created: c.createdAt,
        })),
        ctx.json,
        '(no cases)',
      );
    });
  kase
    .command('purge <name>')
    .description('erase a case and all its data (audited as an erasure)')
    .option('--yes', 'confirm the erasure')
    .action(async (name: string, o: { yes?: boolean }, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      if (!o.yes) {
        throw new SkeinError(
          'CONFIRMATION_REQUIRED',
          `Purging erases case ${name} for good: add --yes to confirm.`,
          {
            input: name,
          },
        );
      }
      await ctx.ws.purgeCase(name, ctx.actor);
      printObject({ purged: name }, ctx.json, () => `purged case ${name}`);
    });
}
