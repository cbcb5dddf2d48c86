import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { isSkeinError } from '../../model/index.js';
import { registerNetworkCommand, runNetworkMetric } from './network.js';

const dir = mkdtempSync(join(tmpdir(), 'skein-network-cli-'));
const file = (name: string, text: string): string => {
  const path = join(dir, name);
  writeFileSync(path, text);
  return path;
};
const star = file('star.csv', 'source,target,weight\nhub,a,1\nhub,b,2\nhub,c,1\nc,d,1\n');
const flags = (edges: string, extra: object = {}) => ({ edges, top: '3', k: '1', ...extra });

const codeOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return isSkeinError(e) ? e.code : 'NOT_A_SKEIN_ERROR';
  }
  return undefined;
};

describe('skein network', () => {
  it('ranks the hub first for every centrality and as the key player', () => {
    for (const metric of ['degree', 'betweenness', 'closeness', 'harmonic', 'pagerank', 'eigenvector']) {
      expect(runNetworkMetric(metric, flags(star))[0]).toMatchObject({ rank: 1, node: 'hub' });
    }
    expect(runNetworkMetric('key-players', flags(star))[0]).toMatchObject({ node: 'hub' });
    expect(runNetworkMetric('constraint', flags(star))[0]).toMatchObject({ node: 'hub' });
    expect(runNetworkMetric('communities', flags(star)).length).toBeGreaterThan(0);
    expect(runNetworkMetric('kcore', flags(star, { top: '10' }))).toHaveLength(5);
  });

  it('reads adjacency matrices and honours --directed', () => {
    const m = file('m.csv', ',x,y,z\nx,0,1,1\ny,0,0,0\nz,0,0,0\n');
    const rows = runNetworkMetric('degree', flags(m, { matrix: true, directed: true }));
    expect(rows[0]).toMatchObject({ node: 'x', out: 2, in: 0 });
  });

  it('fails with stable codes, not stack traces', () => {
    expect(codeOf(() => runNetworkMetric('fame', flags(star)))).toBe('NETWORK_UNKNOWN_METRIC');
    expect(codeOf(() => runNetworkMetric('degree', flags(join(dir, 'missing.csv'))))).toBe(
      'NETWORK_BAD_EDGE_FILE',
    );
    expect(codeOf(() => runNetworkMetric('degree', flags(file('bad.csv', 'a,b,1\nc\n'))))).toBe(
      'NETWORK_BAD_EDGE_FILE',
    );
    expect(codeOf(() => runNetworkMetric('degree', flags(star, { top: '0' })))).toBe('NETWORK_BAD_OPTION');
    expect(
      codeOf(() => runNetworkMetric('degree', flags(file('bad.m', ',a\nb,1\n'), { matrix: true }))),
    ).toBe('NETWORK_BAD_MATRIX_FILE');
  });

  it('registers the command with its options', () => {
    const program = new Command();
    registerNetworkCommand(program);
    const cmd = program.commands.find((c) => c.name() === 'network');
    expect(cmd?.options.map((o) => o.long)).toEqual(
      expect.arrayContaining(['--edges', '--matrix', '--directed', '--top', '--k', '--json']),
    );
  });
});
