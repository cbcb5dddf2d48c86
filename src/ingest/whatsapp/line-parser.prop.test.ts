import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { readBody } from './body.js';
import { parseHeaderLine } from './line-parser.js';
import { resolveStamp } from './timestamp.js';
import type { DateOrder } from './timestamp.js';

interface Msg {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  author: string;
  text: string;
}

const pad = (n: number): string => String(n).padStart(2, '0');
const h12 = (h: number): string => String(h % 12 === 0 ? 12 : h % 12);
const ampm = (h: number): string => (h < 12 ? 'AM' : 'PM');
const arabic = (s: string): string => s.replace(/\d/gu, (d) => String.fromCharCode(0x0660 + Number(d)));

// Locale renderings seen in real exports (see formats.md §7 and shared/data/real/whatsapp_exports).
const RENDERERS: readonly {
  name: string;
  order: DateOrder;
  hasSeconds: boolean;
  render: (m: Msg) => string;
}[] = [
  {
    name: 'android-uk',
    order: 'day-first',
    hasSeconds: false,
    render: (m) => `${pad(m.day)}/${pad(m.month)}/${m.year}, ${pad(m.hour)}:${pad(m.minute)} - `,
  },
  {
    name: 'android-us-12h',
    order: 'month-first',
    hasSeconds: false,
    render: (m) =>
      `${m.month}/${m.day}/${pad(m.year % 100)}, ${h12(m.hour)}:${pad(m.minute)}\u202f${ampm(m.hour)} - `,
  },
  {
    name: 'android-de',
    order: 'day-first',
    hasSeconds: false,
    render: (m) => `${pad(m.day)}.${pad(m.month)}.${pad(m.year % 100)}, ${pad(m.hour)}:${pad(m.minute)} - `,
  },
  {
    name: 'android-es',
    order: 'day-first',
    hasSeconds: false,
    render: (m) =>
      `${m.day}/${m.month}/${m.year}, ${h12(m.hour)}:${pad(m.minute)}\u00a0${m.hour < 12 ? 'a.\u00a0m.' : 'p.\u00a0m.'} - `,
  },
  {
    name: 'android-iso',
    order: 'day-first',
    hasSeconds: false,
    render: (m) => `${m.year}-${pad(m.month)}-${pad(m.day)}, ${pad(m.hour)}:${pad(m.minute)} - `,
  },
  {
    name: 'ios-24h',
    order: 'day-first',
    hasSeconds: true,
    render: (m) =>
      `\u200e[${pad(m.day)}/${pad(m.month)}/${m.year}, ${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)}] `,
  },
  {
    name: 'ios-us-12h',
    order: 'month-first',
    hasSeconds: true,
    render: (m) =>
      `[${m.month}/${m.day}/${pad(m.year % 100)}, ${h12(m.hour)}:${pad(m.minute)}:${pad(m.second)}\u202f${ampm(m.hour)}] `,
  },
  {
    name: 'ios-fi',
    order: 'day-first',
    hasSeconds: true,
    render: (m) => `[${m.day}.${m.month}.${m.year} klo ${pad(m.hour)}.${pad(m.minute)}.${pad(m.second)}] `,
  },
  {
    name: 'ios-vi',
    order: 'month-first',
    hasSeconds: true,
    render: (m) =>
      `[${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)}, ${m.month}/${m.day}/${pad(m.year % 100)}] `,
  },
  {
    name: 'ios-ja-era',
    order: 'month-first',
    hasSeconds: true,
    render: (m) =>
      `[${m.month}/${m.day}/R${m.year - 2018}, ${pad(m.hour)}:${pad(m.minute)}:${pad(m.second)}] `,
  },
  {
    name: 'ios-ar',
    order: 'day-first',
    hasSeconds: true,
    render: (m) =>
      `[${arabic(String(m.day))}\u200f/${arabic(String(m.month))}\u200f/${arabic(String(m.year))}\u060c ${arabic(h12(m.hour))}:${arabic(pad(m.minute))}:${arabic(pad(m.second))}\u00a0${m.hour < 12 ? 'ص' : 'م'}] `,
  },
];

const msg: fc.Arbitrary<Msg> = fc.record({
  year: fc.integer({ min: 2019, max: 2030 }),
  month: fc.integer({ min: 1, max: 12 }),
  day: fc.integer({ min: 1, max: 28 }),
  hour: fc.integer({ min: 0, max: 23 }),
  minute: fc.integer({ min: 0, max: 59 }),
  second: fc.integer({ min: 0, max: 59 }),
  author: fc.stringMatching(/^[A-Z][a-z]{1,8}( [A-Z][a-z]{1,8})?$/u),
  text: fc.stringMatching(/^[a-zA-Z0-9 ,.!?]{1,40}$/u).filter((t) => t.trim() !== '' && !t.includes(': ')),
});

describe('whatsapp line parser round-trip', () => {
  for (const r of RENDERERS) {
    it(`reads back ${r.name}`, () => {
      fc.assert(
        fc.property(msg, (m) => {
          const header = parseHeaderLine(`${r.render(m)}${m.author}: ${m.text}`);
          expect(header).toBeDefined();
          if (header === undefined) return;
          const local = resolveStamp(header.stamp, r.order);
          expect(local).toEqual({
            year: m.year,
            month: m.month,
            day: m.day,
            hour: m.hour,
            minute: m.minute,
            second: r.hasSeconds ? m.second : 0,
          });
          const body = readBody(header.rest);
          expect(body).toMatchObject({ author: m.author, text: m.text.trim(), kind: 'text' });
        }),
      );
    });
  }

  it('never reads a line without a stamp as a header', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[a-zA-Z ,.:-]{0,60}$/u), (line) => {
        expect(parseHeaderLine(line)).toBeUndefined();
      }),
    );
  });
});
