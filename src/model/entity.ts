import { z } from 'zod';
import { SubjectCategory } from './subject.js';

export const EntityKind = z.enum([
  'person',
  'organisation',
  'phone',
  'device',
  'sim',
  'account',
  'document',
  'vehicle',
  'location',
  'cellsite',
]);
export type EntityKind = z.infer<typeof EntityKind>;

/** Entity kinds whose identity is a normalised identifier (a selector), so their id is a content hash. */
export const SELECTOR_ENTITY_KINDS = ['phone', 'device', 'sim', 'account', 'document', 'cellsite'] as const;

/** An entity as stored: `key` is the normalised identifier where there is one (E.164, IMEI, MRZ number…). */
export const Entity = z.object({
  id: z.string(),
  kind: EntityKind,
  key: z.string().nullable(),
  label: z.string(),
  props: z.record(z.string(), z.unknown()),
  category: SubjectCategory.nullable(),
});
export type Entity = z.infer<typeof Entity>;
