import { afterAll, beforeAll } from 'vitest';
import type { Workspace } from '../../../intel/index.js';
import { tempWorkspace } from '../../../intel/test-support/temp-workspace.js';
import type { CommsQueries } from '../../../store/index.js';
import { loadSynthCase, type SynthCase } from './synthetic-case.js';

/**
 * One temp workspace per test file, one fresh case per property run: `withSynthCase` imports the data
 * through the real store and hands the analysis its port.
 */
export function oracleWorkspace(): {
  withSynthCase: <T>(data: SynthCase, work: (q: CommsQueries) => Promise<T>) => Promise<T>;
} {
  let ws: Workspace;
  let dir: string;
  let dispose: () => Promise<void>;
  let n = 0;
  beforeAll(async () => {
    ({ ws, dir, dispose } = await tempWorkspace());
  });
  afterAll(async () => dispose());
  return {
    async withSynthCase(data, work) {
      const name = `oracle-${++n}`;
      await ws.createCase({ name, region: 'FR', tz: 'Europe/Paris' }, { user: 'analyst.test' });
      await loadSynthCase(ws, dir, name, data);
      return ws.withCase(name, (store) => work(store.comms));
    },
  };
}
