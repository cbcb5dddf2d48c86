import type { LocalDateTime } from '../time/index.js';
import { normaliseStamp } from './normalise-line.js';

/** Which of the two leading date fields is the day, when the year comes last. */
export type DateOrder = 'day-first' | 'month-first';

/** A timestamp read without deciding the day-month order yet: that is decided for the whole file. */
export interface StampParts {
  /** `ymd` stamps (`2024-02-03`) are unambiguous; `xy` stamps need a {@link DateOrder}. */
  readonly shape: 'ymd' | 'xy';
  readonly first: number;
  readonly second: number;
  readonly year: number;
  readonly hour: number;
  readonly minute: number;
  readonly sec: number;
}

const MERIDIEM = String.raw`[AaPp]\.?\s?[Mm]\.?|ص|م|午前|午後|오전|오후|上午|下午`;
const PM = /^(?:[Pp]|م|午後|오후|下午)/u;
const DATE = String.raw`(?<d1>\d{1,4})(?<sep>[./-])\s?(?<d2>\d{1,2})\k<sep>\s?(?<d3>[A-Z]?\d{1,4})\.?(?<be>\s?BE)?`;
const TIME = String.raw`(?:(?<m1>${MERIDIEM})\s?)?(?<h>\d{1,2})[:.](?<mi>\d{2})(?:[:.](?<s>\d{2}))?(?:\s?(?<m2>${MERIDIEM}))?`;
// Date then time (most locales, incl. Finnish "klo"), or time then date (Vietnamese iOS).
const DATE_FIRST = new RegExp(String.raw`^${DATE},?\s(?:klo\s)?${TIME}$`, 'u');
const TIME_FIRST = new RegExp(String.raw`^${TIME},?\s${DATE}$`, 'u');

// Japanese imperial eras as iOS writes them in the year field ("R4" = Reiwa 4 = 2022).
const ERA_START: Readonly<Record<string, number>> = { M: 1867, T: 1911, S: 1925, H: 1988, R: 2018 };
const BUDDHIST_OFFSET = 543;

function readYear(token: string, isBuddhist: boolean): number | undefined {
  const era = /^([A-Z])(\d{1,2})$/u.exec(token);
  if (era?.[1] !== undefined && era[2] !== undefined) {
    const start = ERA_START[era[1]];
    return start === undefined ? undefined : start + Number(era[2]);
  }
  const n = Number(token);
  if (isBuddhist) return n - BUDDHIST_OFFSET;
  // WhatsApp dates from 2009, so a two-digit year is always in this century.
  return token.length <= 2 ? 2000 + n : n;
}

function readHour(hour: number, meridiem: string | undefined): number | undefined {
  if (meridiem === undefined) return hour <= 23 ? hour : undefined;
  if (hour < 1 || hour > 12) return undefined;
  return (hour % 12) + (PM.test(meridiem) ? 12 : 0);
}

/** Parses a timestamp as written in a WhatsApp export line (any locale); undefined if it is not one. */
export function parseStamp(raw: string): StampParts | undefined {
  const text = normaliseStamp(raw).trim();
  const g = (DATE_FIRST.exec(text) ?? TIME_FIRST.exec(text))?.groups;
  if (g?.d1 === undefined || g.d2 === undefined || g.d3 === undefined || g.h === undefined) return undefined;
  if (g.m1 !== undefined && g.m2 !== undefined) return undefined;
  const hour = readHour(Number(g.h), g.m1 ?? g.m2);
  const minute = Number(g.mi);
  const sec = g.s === undefined ? 0 : Number(g.s);
  if (hour === undefined || minute > 59 || sec > 59) return undefined;
  const time = { hour, minute, sec };
  if (g.d1.length === 4) {
    if (g.be !== undefined || !/^\d+$/u.test(g.d3)) return undefined;
    return { shape: 'ymd', year: Number(g.d1), first: Number(g.d2), second: Number(g.d3), ...time };
  }
  if (g.d1.length > 2) return undefined;
  const year = readYear(g.d3, g.be !== undefined);
  if (year === undefined) return undefined;
  return { shape: 'xy', year, first: Number(g.d1), second: Number(g.d2), ...time };
}

/** Whether the parts name a real calendar date and time under `order`. */
export function resolveStamp(p: StampParts, order: DateOrder): LocalDateTime | undefined {
  const isDayFirst = p.shape === 'xy' && order === 'day-first';
  const day = isDayFirst ? p.first : p.second;
  const month = isDayFirst ? p.second : p.first;
  if (month < 1 || month > 12 || day < 1) return undefined;
  if (day > new Date(Date.UTC(p.year, month, 0)).getUTCDate()) return undefined;
  return { year: p.year, month, day, hour: p.hour, minute: p.minute, second: p.sec };
}
