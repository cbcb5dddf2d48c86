import { createHash, randomUUID } from 'node:crypto';

/** Prefix of every id, by record kind. Entity ids derived from identifiers are content hashes. */
export const ID_PREFIX = {
  person: 'per',
  organisation: 'org',
  phone: 'phn',
  device: 'dev',
  sim: 'sim',
  account: 'acc',
  document: 'doc',
  vehicle: 'veh',
  location: 'loc',
  cellsite: 'cel',
  link: 'lnk',
  event: 'evt',
  import: 'imp',
  dump: 'tdp',
  reject: 'rej',
  merge: 'mrg',
  audit: 'aud',
} as const;

export type IdKind = keyof typeof ID_PREFIX;
export type Id<K extends IdKind> = string & { readonly __id: K };

/** A deterministic id: the same normalised content always yields the same id, so one phone is one node. */
export function deriveId<K extends IdKind>(kind: K, ...parts: readonly string[]): Id<K> {
  const h = createHash('sha256').update(parts.join('\u001f')).digest('hex').slice(0, 24);
  return `${ID_PREFIX[kind]}_${h}` as Id<K>;
}

/** A fresh random id, for records that have no natural key (imports, merges). */
export function newId<K extends IdKind>(kind: K): Id<K> {
  return `${ID_PREFIX[kind]}_${randomUUID().replaceAll('-', '').slice(0, 24)}` as Id<K>;
}
