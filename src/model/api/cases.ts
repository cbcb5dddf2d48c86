import { z } from 'zod';

export const CaseSummary = z.object({
  name: z.string(),
  title: z.string(),
  purpose: z.string(),
  region: z.string().optional(),
  tz: z.string().optional(),
  createdAt: z.string(),
  createdBy: z.string(),
});
export type CaseSummary = z.infer<typeof CaseSummary>;

export const CaseList = z.object({ cases: z.array(CaseSummary) });
export type CaseList = z.infer<typeof CaseList>;

export const CreateCaseBody = z.object({
  name: z.string().min(1).max(64),
  title: z.string().max(200).optional(),
  purpose: z.string().max(1000).optional(),
  region: z.string().length(2).optional(),
  tz: z.string().max(64).optional(),
});
export type CreateCaseBody = z.infer<typeof CreateCaseBody>;

/** Counts of what the case holds, by table. */
export const CaseCounts = z.object({ counts: z.record(z.string(), z.number()) });
export type CaseCounts = z.infer<typeof CaseCounts>;
