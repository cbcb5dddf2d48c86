import type { Command } from 'commander';
import { cliContext, type GlobalOptions } from '../context.js';
import { printObject } from '../output.js';

export function registerAuditCommands(program: Command): void {
  const audit = program.command('audit').description('the audit trail of every operation on personal data');
  audit
    .command('verify')
    .description('check the hash chain: any edit, deletion, insertion, reordering or truncation is found')
    .action(async (_o, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      const verdict = await ctx.ws.verifyAudit();
      printObject(verdict, ctx.json, () =>
        verdict.ok
          ? `audit trail intact: ${verdict.count} records, head ${verdict.head.slice(0, 16)}…`
          : `audit trail BROKEN (${verdict.code}) at record ${verdict.seq}${verdict.id ? ` (${verdict.id})` : ''}`,
      );
      if (!verdict.ok) process.exitCode = 1;
    });
}
