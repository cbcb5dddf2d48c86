import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { registerDemoCommand, type DemoHooks } from './demo.js';

const roots: string[] = [];
afterAll(async () => {
  for (const r of roots) await rm(r, { recursive: true, force: true });
});

async function run(args: readonly string[], hooks: DemoHooks = {}): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'skein-demo-cli-'));
  roots.push(root);
  const program = new Command('skein')
    .option('--workspace <dir>')
    .option('--user <name>')
    .option('--json')
    .exitOverride();
  registerDemoCommand(program, hooks);
  let out = '';
  const stdout = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk) => ((out += String(chunk)), true));
  const stderr = vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
  try {
    await program.parseAsync(['--workspace', root, '--user', 'cli.test', ...args], { from: 'user' });
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
  }
  return out;
}

describe('skein demo', () => {
  it('prints rows in = imported + rejected for every file, and hands the case to --serve', async () => {
    const served: string[] = [];
    const out = await run(['demo', '--json', '--scale', '0.02', '--serve'], {
      serve: async (a) => void served.push(a.caseName),
    });
    const summary = JSON.parse(out) as {
      caseName: string;
      imports: { rowsIn: number; imported: number; rejected: number }[];
    };
    expect(summary.caseName).toBe('demo');
    expect(summary.imports.length).toBeGreaterThanOrEqual(12);
    for (const i of summary.imports) expect(i.imported + i.rejected).toBe(i.rowsIn);
    expect(served).toEqual(['demo']);
  }, 60_000);

  it('refuses a seed that is not an integer with a stable code', async () => {
    await expect(run(['demo', '--seed', 'seven'])).rejects.toMatchObject({ code: 'DEMO_BAD_OPTIONS' });
  });
});
