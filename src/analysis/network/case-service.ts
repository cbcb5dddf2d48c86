import { selectorKeys, type Actor, type Workspace } from '../../intel/index.js';
import { SkeinError } from '../../model/index.js';
import { caseEgo, caseNetwork, type CaseNetworkRequest, type CaseNetworkResult } from './case-network.js';

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

/** The ego network of a selector (any common form) in a case; a consultation of the ego and its circle. */
export function runCaseEgo(
  ws: Workspace,
  caseName: string,
  selector: string,
  radius: number,
  request: CaseNetworkRequest,
  actor: Actor,
): Promise<CaseNetworkResult & { readonly caseName: string }> {
  return ws.withCase(caseName, async (store, info) => {
    const hit = (await store.search(selector, 5, selectorKeys(selector, info.region))).find(
      (h) => h.matched === 'key' && h.score === 1,
    );
    if (!hit) {
      throw new SkeinError('NETWORK_UNKNOWN_SELECTOR', `${selector} does not occur in this case.`, {
        input: selector,
      });
    }
    const result = await caseEgo(store.graph, hit.id, radius, request);
    await ws.log(actor, {
      operation: 'consultation',
      action: 'analyze network ego',
      caseName: info.name,
      casePurpose: info.purpose,
      records: result.rows.flatMap((r) => (typeof r.node === 'string' ? [r.node] : [])),
      detail: { selector, radius, rows: result.rows.length },
    });
    return { ...result, caseName: info.name };
  });
}
