import { z } from 'zod';

export const SearchQuery = z.object({
  q: z.string().min(1).max(200),
  limit: z.coerce.number().int().min(1).max(200).default(25),
});

export const SearchHit = z.object({
  id: z.string(),
  kind: z.string(),
  key: z.string().nullable(),
  label: z.string(),
  matched: z.enum(['key', 'label', 'alias', 'message']),
  matchedText: z.string(),
  score: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;
export const SearchResult = z.object({ hits: z.array(SearchHit) });
export type SearchResult = z.infer<typeof SearchResult>;

export const AliasQuery = z.object({ selector: z.string().min(1).max(200) });

/** "Saved as `name` in the phone of `holderLabel`", with the import row it was read from. */
export const AliasRow = z.object({
  name: z.string(),
  holder: z.string().nullable(),
  holderLabel: z.string().nullable(),
  context: z.string().nullable(),
  importId: z.string(),
  fileName: z.string(),
  row: z.number(),
  path: z.string().nullable(),
});
export type AliasRow = z.infer<typeof AliasRow>;
export const AliasList = z.object({ aliases: z.array(AliasRow) });
export type AliasList = z.infer<typeof AliasList>;
