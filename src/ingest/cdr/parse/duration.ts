/**
 * Call durations as operators write them: seconds (`187`, `187.0`, `187,5`), `mm:ss`, `hh:mm:ss`,
 * `1h02m03s` / `2m 5s`. Result in whole seconds, fractions rounded half up; undefined when unreadable.
 * An empty value is undefined too: the caller decides whether a missing duration is an error.
 */
const SECONDS = /^(\d{1,9})(?:[.,](\d{1,6}))?$/;
const CLOCK = /^(\d{1,6}):([0-5]?\d)(?::([0-5]?\d))?(?:[.,](\d{1,6}))?$/;
const UNITS = /^(?:(\d{1,6})\s*h)?\s*(?:(\d{1,6})\s*(?:m|min|mn))?\s*(?:(\d{1,9})\s*(?:s|sec))?$/i;

function roundFraction(whole: number, frac: string | undefined): number {
  return frac === undefined ? whole : Math.round(whole + Number(`0.${frac}`));
}

/** Parses a duration to seconds. Example: `parseDuration('01:02:03')` is 3723. */
export function parseDuration(raw: string): number | undefined {
  const text = raw.trim();
  if (text === '') return undefined;
  const s = SECONDS.exec(text);
  if (s) return roundFraction(Number(s[1]), s[2]);
  const c = CLOCK.exec(text);
  if (c) {
    const [a, b, d] = [Number(c[1]), Number(c[2]), c[3]];
    // Two parts are mm:ss; three are hh:mm:ss (minutes must then be below 60).
    const whole = d === undefined ? a * 60 + b : a * 3600 + b * 60 + Number(d);
    if (d !== undefined && b > 59) return undefined;
    return roundFraction(whole, c[4]);
  }
  const u = UNITS.exec(text);
  if (u && (u[1] ?? u[2] ?? u[3]) !== undefined) {
    return Number(u[1] ?? 0) * 3600 + Number(u[2] ?? 0) * 60 + Number(u[3] ?? 0);
  }
  return undefined;
}
