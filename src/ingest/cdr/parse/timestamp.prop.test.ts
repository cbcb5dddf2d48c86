import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addEvidence, decideOrder, emptyEvidence, EXCEL_EPOCH_DAYS, parseTime } from './timestamp.js';

const p2 = (n: number): string => String(n).padStart(2, '0');
const instant = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2090, 0, 1)), noInvalidDate: true })
  .map((d) => Math.floor(d.getTime() / 1000) * 1000);

describe('parseTime', () => {
  it('reads every written form of a wall time back to the same ms', () => {
    fc.assert(
      fc.property(instant, (ms) => {
        const t = new Date(ms);
        const [y, mo, d, h, mi, s] = [
          t.getUTCFullYear(),
          t.getUTCMonth() + 1,
          t.getUTCDate(),
          t.getUTCHours(),
          t.getUTCMinutes(),
          t.getUTCSeconds(),
        ];
        const h12 = h % 12 === 0 ? 12 : h % 12;
        expect(
          parseTime(`${p2(d)}/${p2(mo)}/${y} ${p2(h)}:${p2(mi)}:${p2(s)}`, { kind: 'fields', order: 'dmy' })
            ?.localMs,
        ).toBe(ms);
        expect(
          parseTime(`${mo}/${d}/${y} ${h12}:${p2(mi)}:${p2(s)} ${h < 12 ? 'AM' : 'PM'}`, {
            kind: 'fields',
            order: 'mdy',
          })?.localMs,
        ).toBe(ms);
        expect(
          parseTime(`${y}-${p2(mo)}-${p2(d)} ${p2(h)}:${p2(mi)}:${p2(s)}`, { kind: 'fields', order: 'ymd' })
            ?.localMs,
        ).toBe(ms);
        expect(
          parseTime(`${y}${p2(mo)}${p2(d)}${p2(h)}${p2(mi)}${p2(s)}`, { kind: 'compact' })?.localMs,
        ).toBe(ms);
        expect(parseTime(String(ms / 86_400_000 + EXCEL_EPOCH_DAYS), { kind: 'excel' })?.localMs).toBe(ms);
        const iso = parseTime(`${y}-${p2(mo)}-${p2(d)}T${p2(h)}:${p2(mi)}:${p2(s)}+02:00`, {
          kind: 'fields',
          order: 'dmy',
        });
        expect([iso?.localMs, iso?.offsetMin]).toEqual([ms, 120]);
      }),
    );
  });

  it('never accepts an impossible date', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 29, max: 40 }), (mo, d) => {
        const days = new Date(Date.UTC(2026, mo, 0)).getUTCDate();
        const r = parseTime(`${p2(d)}/${p2(mo)}/2026 10:00:00`, { kind: 'fields', order: 'dmy' });
        expect(r === undefined).toBe(d > days);
      }),
    );
  });

  it('decides day-month order from the whole column, never one value', () => {
    const ev = emptyEvidence();
    addEvidence(ev, '01/02/2026 10:00:00');
    expect(decideOrder(ev).kind).toBe('ambiguous');
    addEvidence(ev, '13/02/2026 10:00:00');
    expect(decideOrder(ev)).toEqual({ kind: 'decided', order: 'dmy' });
    addEvidence(ev, '02/13/2026 10:00:00');
    expect(decideOrder(ev).kind).toBe('inconsistent');
  });
});
