import { Command, CommanderError } from 'commander';
import { isSkeinError } from '../model/index.js';
import { registerAnalyzeCommand } from './commands/analyze.js';
import { registerAuditCommands } from './commands/audit.js';
import { registerCaseCommands } from './commands/case.js';
import { registerCaseQueryCommands } from './commands/case-queries.js';
import { registerDemoCommand } from './commands/demo.js';
import { registerImportCommand } from './commands/import.js';
import { registerNetworkCommand } from './commands/network.js';
import { registerServeCommand, serveUntilStopped } from './commands/serve.js';

/** Exit codes: 0 ok, 1 a check failed, 2 a user error (bad input, unknown case), 70 a bug. */
export function buildProgram(): Command {
  const program = new Command('skein')
    .description('Skein: offline-first criminal intelligence analysis')
    .option('--workspace <dir>', 'workspace folder (default $SKEIN_WORKSPACE or ./skein-workspace)')
    .option('--user <name>', 'acting user recorded in the audit trail (default $SKEIN_USER or the OS user)')
    .option(
      '--justification <text>',
      'why: recorded with every audited operation (default: the case purpose)',
    )
    .option('--json', 'machine-readable output')
    .exitOverride()
    .showHelpAfterError();
  registerCaseCommands(program);
  registerImportCommand(program);
  registerCaseQueryCommands(program);
  registerAuditCommands(program);
  registerAnalyzeCommand(program);
  registerNetworkCommand(program);
  registerServeCommand(program);
  registerDemoCommand(program, {
    serve: async ({ ws, caseName, actor }) => {
      await serveUntilStopped({ ws, actor, scope: { kind: 'only', names: [caseName] }, port: 4780 });
    },
  });
  return program;
}

export async function main(argv: readonly string[]): Promise<number> {
  try {
    await buildProgram().parseAsync([...argv]);
    return typeof process.exitCode === 'number' ? process.exitCode : 0;
  } catch (e) {
    return reportError(e);
  }
}

function reportError(e: unknown): number {
  if (e instanceof CommanderError) return e.exitCode === 0 ? 0 : 2;
  if (isSkeinError(e)) {
    const where = [
      e.location.file,
      e.location.row !== undefined ? `row ${e.location.row}` : undefined,
      e.location.field,
    ]
      .filter(Boolean)
      .join(', ');
    process.stderr.write(`error ${e.code}: ${e.message}${where ? ` [${where}]` : ''}\n`);
    return 2;
  }
  // A bug: no stack trace for the user unless asked for, and no data that may be personal.
  process.stderr.write(
    `internal error: ${e instanceof Error ? e.name : 'unknown'}; run with SKEIN_DEBUG=1 for details\n`,
  );
  if (process.env.SKEIN_DEBUG)
    process.stderr.write(`${e instanceof Error ? (e.stack ?? e.message) : String(e)}\n`);
  return 70;
}
