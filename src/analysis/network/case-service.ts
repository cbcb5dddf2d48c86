import type { Actor, Workspace } from '../../intel/index.js';
import { caseNetwork, type CaseNetworkRequest, type CaseNetworkResult } from './case-network.js';

/** Runs a network analysis on a case and records the consultation in the audit trail. */
export function runCaseNetwork(
  ws: Workspace,
  caseName: string,
  request: CaseNetworkRequest,
  actor: Actor,
): Promise<CaseNetworkResult & { readonly caseName: string }> {
  return ws.withCase(caseName, async (store, info) => {
    const result = await caseNetwork(store.graph, request);
    await ws.log(actor, {
      operation: 'consultation',
      action: `analyze network ${result.metric}`,
      caseName: info.name,
      casePurpose: info.purpose,
      records: result.rows.flatMap((r) => (typeof r.node === 'string' ? [r.node] : [])),
      detail: { request: { ...request }, rows: result.rows.length },
    });
    return { ...result, caseName: info.name };
  });
}
