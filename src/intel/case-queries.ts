import type { CountryCode } from 'libphonenumber-js/max';
import { detectSelectorKind, normaliseSelector } from '../model/selectors/index.js';
import type { RejectRecord } from '../model/index.js';
import type { AliasRow, SearchHit } from '../store/index.js';
import type { Actor } from './actor.js';
import type { Workspace } from './workspace.js';

/** The normalised forms a typed text may stand for, so `0912 345 678` finds `+218912345678`. */
export function selectorKeys(text: string, region: string | undefined): string[] {
  const kind = detectSelectorKind(text);
  if (!kind) return [];
  const r = normaliseSelector(kind, text, region ? { region: region as CountryCode } : {});
  return r.ok ? [r.value.value] : [];
}

/** Tolerant search over selectors, names and aliases; a consultation. */
export function searchCase(
  ws: Workspace,
  caseName: string,
  text: string,
  actor: Actor,
  limit = 25,
): Promise<SearchHit[]> {
  return ws.withCase(caseName, async (store, info) => {
    const hits = await store.search(text, limit, selectorKeys(text, info.region));
    await ws.log(actor, {
      operation: 'consultation',
      action: 'search',
      caseName: info.name,
      casePurpose: info.purpose,
      records: hits.map((h) => h.id),
      detail: { query: text },
    });
    return hits;
  });
}

/** The rows imports rejected, with line, field and code; a consultation. */
export function rejectsOf(
  ws: Workspace,
  caseName: string,
  filter: { importId?: string; limit: number; offset: number },
  actor: Actor,
): Promise<RejectRecord[]> {
  return ws.withCase(caseName, async (store, info) => {
    const rows = await store.rejects(filter);
    await ws.log(actor, {
      operation: 'consultation',
      action: 'rejects',
      caseName: info.name,
      casePurpose: info.purpose,
      records: filter.importId ? [filter.importId] : [],
      recordCount: rows.length,
    });
    return rows;
  });
}

/** Every name a selector is saved under, across extractions and contact lists; a consultation. */
export function aliasesOf(
  ws: Workspace,
  caseName: string,
  selector: string,
  actor: Actor,
): Promise<AliasRow[]> {
  return ws.withCase(caseName, async (store, info) => {
    const ids = (await store.search(selector, 5, selectorKeys(selector, info.region)))
      .filter((h) => h.matched === 'key' && h.score === 1)
      .map((h) => h.id);
    const rows = (await Promise.all(ids.map((id) => store.aliases(id)))).flat();
    await ws.log(actor, {
      operation: 'consultation',
      action: 'aliases',
      caseName: info.name,
      casePurpose: info.purpose,
      records: ids,
    });
    return rows;
  });
}
