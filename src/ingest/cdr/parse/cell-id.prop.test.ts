import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinCellParts, parseCellId } from './cell-id.js';

const cell = fc.record({
  mcc: fc.integer({ min: 200, max: 799 }),
  mnc: fc.integer({ min: 0, max: 999 }),
  area: fc.integer({ min: 0, max: 65535 }),
  ci: fc.integer({ min: 0, max: 268_435_455 }),
});

describe('cell ids', () => {
  it('every written form of one cell gives one canonical key', () => {
    fc.assert(
      fc.property(cell, fc.constantFrom('-', ' ', '/', ':', '.', '_'), (c, sep) => {
        const key = `${c.mcc}-${c.mnc}-${c.area}-${c.ci}`;
        expect(
          parseCellId(
            [c.mcc, String(c.mnc).padStart(2, '0'), c.area, String(c.ci).padStart(5, '0')].join(sep),
          ),
        ).toEqual({ ok: true, key });
        expect(
          parseCellId([c.mcc, c.mnc, c.area.toString(16), c.ci.toString(16)].join(sep), { hex: true }),
        ).toEqual({ ok: true, key });
        const plmn = { mcc: c.mcc, mnc: c.mnc };
        expect(joinCellParts({ area: String(c.area), cell: String(c.ci) }, { plmn })).toEqual({
          ok: true,
          key,
        });
        expect(parseCellId(`${c.area}/${c.ci}`, { plmn })).toEqual({ ok: true, key });
      }),
    );
  });
  it('folds a UMTS RNC and CID into the long CID', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 4095 }), fc.integer({ min: 0, max: 65535 }), (rnc, cid) => {
        const r = joinCellParts(
          { area: '100', cell: String(cid), rnc: String(rnc) },
          { plmn: { mcc: 302, mnc: 720 } },
        );
        expect(r).toEqual({ ok: true, key: `302-720-100-${rnc * 65536 + cid}` });
      }),
    );
  });
  it('rejects what is no cell id with a code', () => {
    expect(parseCellId('hello')).toEqual({ ok: false, code: 'CDR_BAD_CELL' });
    expect(parseCellId('4021/31337')).toEqual({ ok: false, code: 'CDR_CELL_NEEDS_PLMN' });
  });
});
