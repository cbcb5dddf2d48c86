const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat | undefined {
  let f = formatters.get(tz);
  if (f === undefined) {
    try {
      f = new Intl.DateTimeFormat('en-US', {
        timeZone: tz,
        hourCycle: 'h23',
        year: 'numeric',
        month: 'numeric',
        day: 'numeric',
        hour: 'numeric',
        minute: 'numeric',
        second: 'numeric',
      });
    } catch {
      return undefined;
    }
    formatters.set(tz, f);
  }
  return f;
}

/** The zone's offset from UTC at an instant, in ms. */
function offsetAt(utcMs: number, f: Intl.DateTimeFormat): number {
  const p = Object.fromEntries(f.formatToParts(new Date(utcMs)).map((x) => [x.type, Number(x.value)]));
  const asUtc = Date.UTC(
    p['year'] ?? 0,
    (p['month'] ?? 1) - 1,
    p['day'] ?? 1,
    p['hour'] ?? 0,
    p['minute'] ?? 0,
    p['second'] ?? 0,
  );
  return asUtc - (utcMs - (((utcMs % 1000) + 1000) % 1000));
}

/**
 * Converts a wall-clock time (given as if it were UTC) in an IANA zone to UTC; undefined for an unknown zone.
 * In a DST fold the earlier instant is taken, as most handsets do.
 */
export function localToUtcMs(localMs: number, tz: string): number | undefined {
  const f = formatter(tz);
  if (f === undefined) return undefined;
  const first = localMs - offsetAt(localMs, f);
  return localMs - offsetAt(first, f);
}
