import { parseStamp } from './timestamp.js';
import type { StampParts } from './timestamp.js';

/** The first line of a message: its timestamp, and everything after the separator, verbatim. */
export interface HeaderLine {
  readonly platform: 'ios' | 'android';
  readonly stamp: StampParts;
  /** The timestamp exactly as written (direction marks included), for `TimeBasis.raw`. */
  readonly rawStamp: string;
  readonly rest: string;
}

const LEADING_MARKS = /^[\u200e\u200f\ufeff]*/u;
// Android stamps are at most ~30 characters; a longer prefix is message text that happens to hold " - ".
const MAX_STAMP = 48;
const ANDROID_SEPARATOR = /\s[-–]\s/u;

function iosHeader(line: string): HeaderLine | undefined {
  if (!line.startsWith('[')) return undefined;
  const close = line.indexOf(']');
  if (close < 0 || close > MAX_STAMP) return undefined;
  const rawStamp = line.slice(1, close);
  const stamp = parseStamp(rawStamp);
  if (stamp === undefined) return undefined;
  return { platform: 'ios', stamp, rawStamp, rest: line.slice(close + 1).replace(/^ /u, '') };
}

function androidHeader(line: string): HeaderLine | undefined {
  const sep = ANDROID_SEPARATOR.exec(line.slice(0, MAX_STAMP + 3));
  if (sep === null) return undefined;
  const rawStamp = line.slice(0, sep.index);
  const stamp = parseStamp(rawStamp);
  if (stamp === undefined) return undefined;
  return { platform: 'android', stamp, rawStamp, rest: line.slice(sep.index + sep[0].length) };
}

/** Reads a line as the start of a message, or undefined when it continues the previous one. */
export function parseHeaderLine(line: string): HeaderLine | undefined {
  const body = line.replace(LEADING_MARKS, '');
  return iosHeader(body) ?? androidHeader(body);
}
