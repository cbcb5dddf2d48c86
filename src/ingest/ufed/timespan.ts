// .NET TimeSpan text: `[d.]hh:mm:ss[.fffffff]`; some decoders write plain seconds.
const TIMESPAN = /^(?:(\d+)\.)?(\d{1,2}):(\d{2}):(\d{2})(?:[.,](\d{1,7}))?$/u;

/**
 * Parses a UFED TimeSpan to whole seconds (rounded), or undefined when malformed.
 * Example: `parseTimeSpan('00:03:07')` is `187`.
 */
export function parseTimeSpan(text: string): number | undefined {
  const s = text.trim();
  if (/^\d+(?:\.\d+)?$/u.test(s)) return Math.round(Number(s));
  const m = TIMESPAN.exec(s);
  if (m === null) return undefined;
  const [, days, h, mi, sec, frac] = m;
  if (Number(mi) > 59 || Number(sec) > 59) return undefined;
  const total =
    Number(days ?? 0) * 86_400 + Number(h) * 3600 + Number(mi) * 60 + Number(sec) + Number(`0.${frac ?? 0}`);
  return Math.round(total);
}
