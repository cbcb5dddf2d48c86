import { describe, expect, it } from 'vitest';
import { normaliseImsi } from './imsi.js';
import { identifierSamples } from './test-support/samples.js';

const detailOf = (raw: string, opts = {}) => {
  const r = normaliseImsi(raw, opts);
  if (!r.ok) throw new Error(`expected ok for ${raw}, got ${r.error.code}`);
  return r.value.detail;
};

describe('normaliseImsi', () => {
  it.each([
    ['Libya, 2-digit MNC', '606 00 123456789', { mcc: '606', mnc: '00', msin: '123456789' }],
    ['Germany', '262011234567890', { mcc: '262', mnc: '01', msin: '1234567890' }],
    ['USA, 3-digit MNC', '310260123456789', { mcc: '310', mnc: '260', msin: '123456789' }],
    ['Canada, 3-digit MNC', '302720123456789', { mcc: '302', mnc: '720', msin: '123456789' }],
    ['India 405 2-digit range', '405511234567890', { mcc: '405', mnc: '51', msin: '1234567890' }],
    ['India 405 3-digit range', '405854123456789', { mcc: '405', mnc: '854', msin: '123456789' }],
    ['Malaysia 502 3-digit range', '502152100145324', { mcc: '502', mnc: '152', msin: '100145324' }],
    ['Malaysia 502 2-digit range', '502121234567890', { mcc: '502', mnc: '12', msin: '1234567890' }],
  ])('%s', (_label, raw, detail) => {
    expect(detailOf(raw)).toEqual(detail);
  });

  it('lets the caller override the MNC length', () => {
    expect(detailOf('262011234567890', { mncLength: 3 })).toEqual({
      mcc: '262',
      mnc: '011',
      msin: '234567890',
    });
  });

  it.each([
    ['', 'IMSI_EMPTY'],
    ['2620112345678AB', 'IMSI_BAD_CHARACTERS'],
    ['262011234', 'IMSI_BAD_LENGTH'],
    ['2620112345678901', 'IMSI_BAD_LENGTH'],
    ['862011234567890', 'IMSI_BAD_MCC'],
  ])('%j → %s', (raw, code) => {
    const r = normaliseImsi(raw);
    expect(r.ok ? undefined : r.error).toEqual({ code, kind: 'imsi', raw });
  });

  describe.each(identifierSamples('imsi'))('stdnum $value: $expected', ({ value, expected }) => {
    it('agrees', () => {
      const validated = /^validate\(\) -> '(\d+)'$/u.exec(expected)?.[1];
      if (validated === undefined) throw new Error(`unrecognised sample expectation: ${expected}`);
      const r = normaliseImsi(value);
      expect(r.ok && r.value.value).toBe(validated);
    });
  });
});
