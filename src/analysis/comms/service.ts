import type { Actor, Workspace } from '../../intel/index.js';
import type { EventSourceRow } from '../../store/index.js';
import { runAnalysis, type CommsOutcome } from './dispatch.js';

/** An analysis result as the CLI and the server return it: the rows and where their evidence was read. */
export interface CommsReport extends CommsOutcome {
  readonly caseName: string;
  /** Sources of the event ids the rows cite: file, row and the time as written there. */
  readonly sources: Readonly<Record<string, readonly Omit<EventSourceRow, 'eventId'>[]>>;
}

const EVENT_ID = /^evt_[0-9a-f]{24}$/u;
/** Evidence resolved per report at most; rows keep every id they cite. */
const MAX_SOURCES = 1000;

/**
 * Runs one communications analysis in a case and records the consultation in the audit trail (who, why,
 * which subjects, how many rows).
 */
export function runCommsAnalysis(
  ws: Workspace,
  caseName: string,
  request: unknown,
  actor: Actor,
): Promise<CommsReport> {
  return ws.withCase(caseName, async (store, info) => {
    const outcome = await runAnalysis(store.comms, request, { region: info.region, tz: info.tz });
    const cited = [...collectEventIds(outcome.result.rows)].slice(0, MAX_SOURCES);
    const sources: Record<string, Omit<EventSourceRow, 'eventId'>[]> = {};
    for (const { eventId, ...src } of await store.comms.sources(cited)) (sources[eventId] ??= []).push(src);
    await ws.log(actor, {
      operation: 'consultation',
      action: `analyze ${outcome.kind}`,
      caseName: info.name,
      casePurpose: info.purpose,
      records: outcome.subjects.map((s) => s.id),
      detail: { request: request as Record<string, unknown>, rows: outcome.result.rows.length },
    });
    return { ...outcome, caseName: info.name, sources };
  });
}

/** Every event id cited anywhere in the rows. */
function collectEventIds(value: unknown, into = new Set<string>()): Set<string> {
  if (typeof value === 'string') {
    if (EVENT_ID.test(value)) into.add(value);
  } else if (Array.isArray(value)) {
    for (const v of value) collectEventIds(v, into);
  } else if (value !== null && typeof value === 'object') {
    for (const v of Object.values(value)) collectEventIds(v, into);
  }
  return into;
}
