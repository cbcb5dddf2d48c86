/** A tie's counts and span, as aggregated from one party's legs in (t, event id) order. */
export interface TieCounts {
  n: number;
  nOut: number;
  nIn: number;
  dur: number;
  first: number;
  last: number;
}

/** Whether a leg is a tie: a communication kind, with another party that is not the party itself. */
export const isTieLeg = (party: number, other: number, kind: number, isComm: Uint8Array): boolean =>
  other >= 0 && other !== party && isComm[kind] === 1;

/** Counts one more leg of a tie; legs come in time order, so this one is the tie's last so far. */
export function countLeg(
  tie: TieCounts,
  t: number,
  dir: number,
  dur: number,
  dirs: { out: number; in: number },
): void {
  tie.n++;
  if (dir === dirs.out) tie.nOut++;
  else if (dir === dirs.in) tie.nIn++;
  tie.dur += Math.max(0, dur);
  tie.last = t;
}
