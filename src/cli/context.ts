import { userInfo } from 'node:os';
import type { Actor } from '../intel/index.js';
import { Workspace } from '../intel/index.js';

/** Options every command accepts. */
export interface GlobalOptions {
  readonly workspace?: string;
  readonly user?: string;
  readonly justification?: string;
  readonly json?: boolean;
}

export interface CliContext {
  readonly ws: Workspace;
  readonly actor: Actor;
  readonly json: boolean;
}

export async function cliContext(opts: GlobalOptions): Promise<CliContext> {
  const root = opts.workspace ?? process.env.SKEIN_WORKSPACE ?? './skein-workspace';
  const user = opts.user ?? process.env.SKEIN_USER ?? safeUserName();
  const justification = opts.justification ?? process.env.SKEIN_JUSTIFICATION;
  return {
    ws: await Workspace.open(root),
    actor: { user, ...(justification ? { justification } : {}) },
    json: opts.json ?? false,
  };
}

function safeUserName(): string {
  try {
    return userInfo().username;
  } catch {
    return 'unknown';
  }
}
