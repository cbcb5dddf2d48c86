import { z } from 'zod';
import { Basis, EntityKind, LinkKind, SubjectCategory } from '../../model/index.js';

const Scalar = z.union([z.string(), z.number(), z.boolean(), z.null()]);

/** One line of an entities file: an entity, or a link between two references. */
export const EntitiesLine = z.discriminatedUnion('record', [
  z.object({
    record: z.literal('entity'),
    kind: EntityKind,
    /** The name links in this file use for the entity. */
    ref: z.string().min(1).optional(),
    /** The identifier for selector kinds: a phone number, IMEI, IMSI/ICCID, `service:handle`, document number. */
    value: z.string().min(1).optional(),
    label: z.string().optional(),
    category: SubjectCategory.optional(),
    grading: z.string().optional(),
    props: z.record(z.string(), Scalar).optional(),
  }),
  z.object({
    record: z.literal('link'),
    kind: LinkKind,
    /** A `ref` from this file, or a selector written `kind:value` (`phone:+218…`). */
    from: z.string().min(1),
    to: z.string().min(1),
    basis: Basis.optional(),
    grading: z.string().optional(),
    validFrom: z.iso.datetime({ offset: true }).optional(),
    validTo: z.iso.datetime({ offset: true }).optional(),
    props: z.record(z.string(), Scalar).optional(),
  }),
]);
export type EntitiesLine = z.infer<typeof EntitiesLine>;
export type EntityLine = Extract<EntitiesLine, { record: 'entity' }>;
export type LinkLine = Extract<EntitiesLine, { record: 'link' }>;

const CSV_COLUMNS = ['record', 'kind', 'ref', 'value', 'label', 'category', 'grading', 'from', 'to', 'basis'];

/**
 * A CSV row becomes the same object as a JSON line: known columns by name, `valid_from`/`valid_to`
 * as dates, and any other non-empty column as a property.
 */
export function csvRowToObject(
  header: readonly string[],
  fields: readonly string[],
): Record<string, unknown> {
  // Entries and fromEntries, not assignment: a hostile "__proto__" header stays an ordinary key.
  const known: [string, unknown][] = [];
  const props: [string, string][] = [];
  header.forEach((name, i) => {
    const v = fields[i] ?? '';
    if (v === '') return;
    const key = name.trim().toLowerCase();
    if (CSV_COLUMNS.includes(key)) known.push([key, v]);
    else if (key === 'valid_from') known.push(['validFrom', v]);
    else if (key === 'valid_to') known.push(['validTo', v]);
    else props.push([name.trim(), v]);
  });
  if (props.length > 0) known.push(['props', Object.fromEntries(props)]);
  return Object.fromEntries(known);
}
