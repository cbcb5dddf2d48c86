import { z } from 'zod';

export const LinkKind = z.enum([
  'uses',
  'owns',
  'member-of',
  'associate',
  'family',
  'travelled-with',
  'located-at',
  'contained-in',
  'extracted-from',
]);
export type LinkKind = z.infer<typeof LinkKind>;
