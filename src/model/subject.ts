import { z } from 'zod';

/** Directive 2016/680 Art. 6 categories; recorded per person per case. */
export const SubjectCategory = z.enum(['suspect', 'convicted', 'victim', 'other-party', 'unassessed']);
export type SubjectCategory = z.infer<typeof SubjectCategory>;

/** Art. 7: data based on facts vs personal assessments, kept apart and labelled. */
export const Basis = z.enum(['fact', 'assessment']);
export type Basis = z.infer<typeof Basis>;
