import type { PartyEntity } from '../../comms-port.js';
import type { CommsIndex } from './comms-index.js';

/** The entities among `ids` that exist in the case, by id (binary search in the sorted entity table). */
export function entitiesFrom(ix: CommsIndex, ids: readonly string[]): PartyEntity[] {
  const table = ix.entities();
  const found: PartyEntity[] = [];
  for (const id of [...new Set(ids)].sort()) {
    let lo = 0;
    let hi = table.ids.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if ((table.ids[mid] as string) < id) lo = mid + 1;
      else hi = mid;
    }
    if (table.ids[lo] === id)
      found.push({
        id,
        kind: table.kinds[lo] as string,
        key: table.keys[lo] ?? null,
        label: table.labels[lo] as string,
      });
  }
  return found;
}
