import type { EventKind } from '../../model/index.js';
import { parseCallType, type CallType } from './parse/call-type.js';
import { parseCellId, type CellContext } from './parse/cell-id.js';
import { parseDuration } from './parse/duration.js';
import { ZoneSlots } from './parse/local-time.js';
import { imeiValue, imsiValue, isWithheld, memo, phoneValue, type SelectorValue } from './parse/selectors.js';

/** A cell id read: the canonical key, or the code of what is wrong with it. */
export type CellValue =
  { readonly ok: true; readonly key: string } | { readonly ok: false; readonly code: string };

/**
 * The per-value normalisers of one file, memoised. The row path calls them per row; the bulk path calls
 * them once per DISTINCT value and joins the answers in SQL, so both read every value the same way.
 */
export interface CdrNormalisers {
  /** `withheld` when the number is hidden (the event keeps no counterpart). */
  phone(raw: string): SelectorValue | { readonly ok: 'withheld' };
  imei(raw: string): SelectorValue;
  imsi(raw: string): SelectorValue;
  cell(raw: string): CellValue;
  duration(raw: string): number | undefined;
  callType(raw: string): CallType | undefined;
  zone?: ZoneSlots;
}

export function makeNormalisers(opts: { region?: string; cell: CellContext; zone?: string }): CdrNormalisers {
  return {
    phone: memo((raw) => (isWithheld(raw) ? { ok: 'withheld' as const } : phoneValue(raw, opts.region))),
    imei: memo(imeiValue),
    imsi: memo(imsiValue),
    cell: memo((raw) => parseCellId(raw, opts.cell)),
    duration: memo(parseDuration),
    callType: memo(parseCallType),
    ...(opts.zone === undefined ? {} : { zone: new ZoneSlots(opts.zone) }),
  };
}

/**
 * Combines the direction and type cells. Without any type information an event is a call; a data
 * session without a direction is the subscriber's own (mobile-originated).
 */
export function combineCallType(
  dir: CallType | undefined,
  type: CallType | undefined,
): {
  direction?: CallType['direction'];
  kind: Extract<EventKind, 'call' | 'sms' | 'mms' | 'data'> | undefined;
} {
  const kind = type?.kind ?? dir?.kind;
  const direction = dir?.direction ?? type?.direction ?? (kind === 'data' ? 'mo' : undefined);
  return direction === undefined ? { kind } : { direction, kind };
}
