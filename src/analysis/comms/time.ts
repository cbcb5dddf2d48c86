import { SkeinError, isKnownZone } from '../../model/index.js';
import type { TimeWindow } from '../../store/index.js';

/** ISO 8601 of epoch milliseconds (UTC). */
export const iso = (ms: number): string => new Date(ms).toISOString();

/** Parses an ISO 8601 instant; a time without offset is refused, since its zone would be a guess. */
export function parseInstant(text: string, field: string): number {
  const hasZone = /(?:Z|[+-]\d{2}:?\d{2})$/iu.test(text.trim());
  const ms = Date.parse(text);
  if (!hasZone && !/^\d{4}-\d{2}-\d{2}$/u.test(text.trim())) {
    throw new SkeinError(
      'COMMS_BAD_TIME',
      `${field}: "${text}" needs an offset or Z (e.g. 2026-01-05T10:00Z).`,
      {
        field,
        input: text,
      },
    );
  }
  if (Number.isNaN(ms)) {
    throw new SkeinError('COMMS_BAD_TIME', `${field}: "${text}" is not an ISO 8601 time.`, {
      field,
      input: text,
    });
  }
  return ms;
}

/** A window from optional ISO bounds; `from` must come before `to`. */
export function parseWindow(from: string | undefined, to: string | undefined): TimeWindow {
  const w = {
    ...(from === undefined ? {} : { fromMs: parseInstant(from, 'from') }),
    ...(to === undefined ? {} : { toMs: parseInstant(to, 'to') }),
  };
  checkWindow(w);
  return w;
}

export function checkWindow(w: TimeWindow): void {
  if (w.fromMs !== undefined && w.toMs !== undefined && w.fromMs >= w.toMs) {
    throw new SkeinError(
      'COMMS_BAD_WINDOW',
      `The window ends (${iso(w.toMs)}) before it starts (${iso(w.fromMs)}).`,
    );
  }
}

/** Checks an IANA zone name; analyses never apply a zone implicitly. */
export function checkZone(zone: string): string {
  if (!isKnownZone(zone)) {
    throw new SkeinError('COMMS_BAD_ZONE', `"${zone}" is not an IANA time zone (e.g. Africa/Tripoli).`, {
      input: zone,
    });
  }
  if (!/^[A-Za-z0-9_+\-/]+$/u.test(zone)) {
    throw new SkeinError('COMMS_BAD_ZONE', `"${zone}" is not an IANA time zone name.`, { input: zone });
  }
  return zone;
}
