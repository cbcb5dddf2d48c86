import { z } from 'zod';

/**
 * A grade in the system it was given in. Systems are not 1:1 convertible
 * (no official cross-walk exists), so no conversion function is offered on purpose.
 */
export const Grading = z.discriminatedUnion('system', [
  z.object({
    system: z.literal('admiralty'),
    source: z.enum(['A', 'B', 'C', 'D', 'E', 'F']),
    information: z.enum(['1', '2', '3', '4', '5', '6']),
  }),
  z.object({
    system: z.literal('eu4x4'),
    source: z.enum(['A', 'B', 'C', 'X']),
    information: z.enum(['1', '2', '3', '4']),
    handling: z.enum(['H0', 'H1', 'H2', 'H3']),
    handlingNote: z.string().optional(),
  }),
  z.object({
    system: z.literal('uk3x5x2'),
    source: z.enum(['1', '2', '3']),
    information: z.enum(['A', 'B', 'C', 'D', 'E']),
    handling: z.enum(['P', 'C']),
    conditions: z.string().optional(),
  }),
  z.object({
    system: z.literal('uk5x5x5'),
    source: z.enum(['A', 'B', 'C', 'D', 'E']),
    information: z.enum(['1', '2', '3', '4', '5']),
    handling: z.enum(['1', '2', '3', '4', '5']),
  }),
]);
export type Grading = z.infer<typeof Grading>;
export type GradingSystem = Grading['system'];

/** The short code analysts write after a sentence, e.g. `B2`, `[1BP]`, `B35`, `A1 H2`. */
export function formatGrading(g: Grading): string {
  switch (g.system) {
    case 'admiralty':
      return `${g.source}${g.information}`;
    case 'eu4x4':
      return `${g.source}${g.information} ${g.handling}`;
    case 'uk3x5x2':
      return `${g.source}${g.information}${g.handling}`;
    case 'uk5x5x5':
      return `${g.source}${g.information}${g.handling}`;
    default: {
      const never: never = g;
      return never;
    }
  }
}

/** Parses `system:code`, e.g. `admiralty:B2`, `eu4x4:A1:H2`, `uk3x5x2:1BP`, `uk5x5x5:B35`. */
export function parseGrading(text: string): Grading | undefined {
  const m = /^(admiralty|eu4x4|uk3x5x2|uk5x5x5):([A-Z0-9]+)(?::(H[0-3]))?$/.exec(text.trim());
  if (!m) return undefined;
  const [, system, code = '', handling] = m;
  const c = code.split('');
  const candidate =
    system === 'eu4x4'
      ? { system, source: c[0], information: c[1], handling }
      : system === 'admiralty'
        ? { system, source: c[0], information: c[1] }
        : { system, source: c[0], information: c[1], handling: c[2] };
  const expectedLength = system === 'admiralty' || system === 'eu4x4' ? 2 : 3;
  if (c.length !== expectedLength) return undefined;
  const parsed = Grading.safeParse(candidate);
  return parsed.success ? parsed.data : undefined;
}
