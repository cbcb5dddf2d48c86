import type { Command } from 'commander';
import { startWorkbench } from '../../server/index.js';
import { cliContext, type GlobalOptions } from '../context.js';

interface ServeFlags {
  readonly case?: string[];
  readonly port: string;
  readonly host?: string;
}

/** `skein serve`: the workbench in the browser, on this machine only unless `--host` says otherwise. */
export function registerServeCommand(program: Command): void {
  program
    .command('serve')
    .description('serve the workbench (web UI and API) on localhost')
    .option('--case <name...>', 'serve only these cases (default: every open case)')
    .option('--port <n>', 'port to listen on', '4780')
    .option('--host <addr>', 'address to bind (default 127.0.0.1: this machine only)')
    .action(async (flags: ServeFlags, cmd) => {
      const ctx = await cliContext(cmd.optsWithGlobals() as GlobalOptions);
      await serveUntilStopped({
        ws: ctx.ws,
        actor: ctx.actor,
        scope: flags.case && flags.case.length > 0 ? { kind: 'only', names: flags.case } : { kind: 'all' },
        port: Number(flags.port),
        ...(flags.host ? { host: flags.host } : {}),
      });
    });
}

/** Starts the workbench and keeps the process alive until Ctrl-C; `skein demo --serve` uses it too. */
export async function serveUntilStopped(opts: Parameters<typeof startWorkbench>[0]): Promise<never> {
  const { url } = await startWorkbench(opts);
  process.stdout.write(`Skein workbench at ${url}\n`);
  return new Promise<never>(() => undefined);
}
