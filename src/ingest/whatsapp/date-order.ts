import type { DateOrder, StampParts } from './timestamp.js';

/** What the whole file says about day-month order, gathered one stamp at a time in bounded memory. */
export interface OrderEvidence {
  /** Stamps whose first field is > 12: only day-first can read them. */
  dayFirst: number;
  /** Stamps whose second field is > 12: only month-first can read them. */
  monthFirst: number;
  /** Steps back in time between consecutive stamps, under each reading. */
  backwardsIfDayFirst: number;
  backwardsIfMonthFirst: number;
  ambiguousStamps: number;
  previous?: StampParts;
}

export const emptyEvidence = (): OrderEvidence => ({
  dayFirst: 0,
  monthFirst: 0,
  backwardsIfDayFirst: 0,
  backwardsIfMonthFirst: 0,
  ambiguousStamps: 0,
});

const dateKey = (p: StampParts, isDayFirst: boolean): number =>
  p.year * 10_000 + (isDayFirst ? p.second * 100 + p.first : p.first * 100 + p.second);

/** Adds one stamp to the evidence. */
export function addEvidence(ev: OrderEvidence, p: StampParts): void {
  if (p.shape !== 'xy') return;
  ev.ambiguousStamps += 1;
  if (p.first > 12 && p.second <= 12) ev.dayFirst += 1;
  if (p.second > 12 && p.first <= 12) ev.monthFirst += 1;
  const prev = ev.previous;
  if (prev !== undefined) {
    if (dateKey(p, true) < dateKey(prev, true)) ev.backwardsIfDayFirst += 1;
    if (dateKey(p, false) < dateKey(prev, false)) ev.backwardsIfMonthFirst += 1;
  }
  ev.previous = p;
}

/** How the order was settled, for the import's notes. */
export type OrderBasis = 'not-needed' | 'fields' | 'sequence' | 'option';

export type OrderDecision =
  | {
      readonly ok: true;
      readonly order: DateOrder;
      readonly basis: OrderBasis;
      readonly notes: readonly string[];
    }
  | { readonly ok: false; readonly notes: readonly string[] };

// Exports are not strictly ordered (the encryption notice is often stamped later than the lines
// after it), so the sequence only decides when one reading never goes back and the other does repeatedly.
const SEQUENCE_MIN_BACKWARDS = 2;

/** Decides the file's day-month order from all its stamps; `fallback` is used only if they never settle it. */
export function decideOrder(ev: OrderEvidence, fallback: DateOrder | undefined): OrderDecision {
  if (ev.ambiguousStamps === 0) return { ok: true, order: 'day-first', basis: 'not-needed', notes: [] };
  const { dayFirst, monthFirst } = ev;
  if (dayFirst > 0 || monthFirst > 0) {
    if (dayFirst !== monthFirst) {
      const order: DateOrder = dayFirst > monthFirst ? 'day-first' : 'month-first';
      const conflict =
        dayFirst > 0 && monthFirst > 0
          ? [`date order conflict: ${dayFirst} stamps read only day-first, ${monthFirst} only month-first`]
          : [];
      return {
        ok: true,
        order,
        basis: 'fields',
        notes: [`date order ${order} (from fields > 12)`, ...conflict],
      };
    }
  }
  const { backwardsIfDayFirst: d, backwardsIfMonthFirst: m } = ev;
  if (d === 0 && m >= SEQUENCE_MIN_BACKWARDS) {
    return {
      ok: true,
      order: 'day-first',
      basis: 'sequence',
      notes: ['date order day-first (from message sequence)'],
    };
  }
  if (m === 0 && d >= SEQUENCE_MIN_BACKWARDS) {
    return {
      ok: true,
      order: 'month-first',
      basis: 'sequence',
      notes: ['date order month-first (from message sequence)'],
    };
  }
  const unsettled = `date order not settled by the file (${ev.ambiguousStamps} ambiguous stamps)`;
  if (fallback === undefined) return { ok: false, notes: [unsettled] };
  return {
    ok: true,
    order: fallback,
    basis: 'option',
    notes: [unsettled, `date order ${fallback} (from options)`],
  };
}
