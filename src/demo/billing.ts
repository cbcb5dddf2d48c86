import type { World } from './world.js';
import type { CommEvent, Side } from './world-types.js';

/** One row of an itemised billing in canonical values; a layout renders it in an operator's forms. */
export interface BillingRow {
  readonly target: string;
  readonly other?: string;
  readonly direction: 'mo' | 'mt';
  readonly kind: CommEvent['kind'];
  readonly t: number;
  readonly durationS: number;
  readonly side: Side;
}

/** The operators that answered a production order, and whose subscribers they billed. */
export type OperatorId = 'ly' | 'tn' | 'it';

const BILLED: Readonly<Record<OperatorId, readonly string[]>> = {
  // The Nigerien organiser and recruiters were never billed: no order reached Niger.
  ly: [
    'coordinator',
    'desert-driver',
    'sebha-driver',
    'coast-driver',
    'safehouse-sebha',
    'safehouse-sabratha',
    'captain-a',
    'captain-b',
    'hawala-tripoli',
  ],
  tn: ['sfax-boss', 'captain-tn'],
  it: ['hawala-palermo'],
};

/** The billed numbers of one operator, in the order their files list them. */
export function billedNumbers(world: World, op: OperatorId): string[] {
  const refs = new Set(BILLED[op]);
  const phones = world.cast.persons
    .filter((p) => refs.has(p.ref))
    .flatMap((p) => p.lines.map((l) => l.phone));
  return [...new Set(phones)];
}

/**
 * The rows one operator delivers: every event of a billed number, once per billed side, so a call
 * between two targets appears in both billings (as it does in real deliveries).
 */
export function billingRows(world: World, op: OperatorId): BillingRow[] {
  const billed = new Set(billedNumbers(world, op));
  const rows: BillingRow[] = [];
  for (const e of world.events) {
    if (billed.has(e.from) && e.fromSide) rows.push(row(e, e.from, e.to, 'mo', e.fromSide));
    if (e.to !== undefined && billed.has(e.to) && e.toSide) rows.push(row(e, e.to, e.from, 'mt', e.toSide));
  }
  return rows;
}

function row(
  e: CommEvent,
  target: string,
  other: string | undefined,
  direction: 'mo' | 'mt',
  side: Side,
): BillingRow {
  return {
    target,
    ...(other === undefined ? {} : { other }),
    direction,
    kind: e.kind,
    t: e.t,
    durationS: e.durationS,
    side,
  };
}
