import { describe, expect, it } from 'vitest';
import {
  detectSelectorKind,
  normaliseAccount,
  normaliseEmail,
  normaliseIccid,
  normaliseImsi,
  normaliseSelector,
  selectorEntityId,
  simEntityId,
} from './index.js';
import type { Selector, SelectorKind } from './index.js';

const sel = (kind: SelectorKind, raw: string, opts = {}): Selector => {
  const r = normaliseSelector(kind, raw, opts);
  if (!r.ok) throw new Error(`expected ok for ${kind} ${raw}, got ${r.error.code}`);
  return r.value;
};

describe('normaliseSelector', () => {
  it.each([
    ['phone', '0912345678', { region: 'LY' }, '+218912345678'],
    ['imei', '35-209900-176148-23', {}, '352099001761481'],
    ['imsi', '262011234567890', { mncLength: 3 }, '262011234567890'],
    ['iccid', '8944000000000000126', { iccidCheckDigit: 'absent' }, '89440000000000001265'],
    ['email', 'A@B.example', {}, 'a@b.example'],
    ['account', '@Smuggler_Boss', { service: 'telegram' }, 'telegram:smuggler_boss'],
  ] as const)('%s dispatches with its options', (kind, raw, opts, value) => {
    expect(sel(kind, raw, opts)).toMatchObject({ kind, value });
  });

  it('passes failures through with the kind’s code', () => {
    const r = normaliseSelector('imei', '123');
    expect(r.ok ? undefined : r.error).toEqual({ code: 'IMEI_BAD_LENGTH', kind: 'imei', raw: '123' });
  });
});

describe('selectorEntityId', () => {
  it('gives one id to one identifier whatever its written form', () => {
    expect(selectorEntityId(sel('phone', '+218 91 234 5678'))).toBe(
      selectorEntityId(sel('phone', '٠٩١٢٣٤٥٦٧٨', { region: 'LY' })),
    );
    expect(selectorEntityId(sel('imei', '35-209900-176148-23'))).toBe(
      selectorEntityId(sel('imei', '352099001761481')),
    );
  });

  it('uses the entity kind prefixes', () => {
    expect(selectorEntityId(sel('phone', '+218912345678'))).toMatch(/^phn_/u);
    expect(selectorEntityId(sel('imei', '352099001761481'))).toMatch(/^dev_/u);
    expect(selectorEntityId(sel('imsi', '262011234567890'))).toMatch(/^sim_/u);
    expect(selectorEntityId(sel('iccid', '8944000000000000126'))).toMatch(/^sim_/u);
    expect(selectorEntityId(sel('account', 'telegram:someone'))).toMatch(/^acc_/u);
  });

  it('puts an e-mail selector and an email: account on one account node', () => {
    expect(selectorEntityId(sel('email', 'Ali@Example.com'))).toBe(
      selectorEntityId(sel('account', 'ali@example.com', { service: 'email' })),
    );
  });

  it('keeps a phone and the WhatsApp account on it apart', () => {
    expect(selectorEntityId(sel('phone', '+218912345678'))).not.toBe(
      selectorEntityId(sel('account', '218912345678@s.whatsapp.net', { service: 'whatsapp' })),
    );
  });

  it('derives a SIM id from the IMSI when known, else from the ICCID', () => {
    const imsi = normaliseImsi('262011234567890');
    const iccid = normaliseIccid('8944000000000000126');
    if (!imsi.ok || !iccid.ok) throw new Error('fixtures must parse');
    expect(simEntityId({ imsi: imsi.value, iccid: iccid.value })).toBe(selectorEntityId(imsi.value));
    expect(simEntityId({ iccid: iccid.value })).toBe(selectorEntityId(iccid.value));
    expect(simEntityId({})).toBeUndefined();
  });
});

describe('detectSelectorKind', () => {
  it.each([
    ['+218 91 234 5678', 'phone'],
    ['00218912345678', 'phone'],
    ['0912345678', 'phone'],
    ['35-209900-176148-1', 'imei'],
    ['3520990017614823', 'imei'],
    ['8944000000000000126', 'iccid'],
    ['502152100145324', 'imsi'],
    ['Ali@Example.com', 'email'],
    ['218912345678@s.whatsapp.net', 'account'],
    ['telegram:@someone', 'account'],
    ['', undefined],
    ['smith', undefined],
    ['not@an-email', undefined],
  ] as const)('%j → %s', (raw, kind) => {
    expect(detectSelectorKind(raw)).toBe(kind);
  });

  it('agrees with the normaliser it points to', () => {
    for (const raw of [
      '+21620123456',
      '352099001761481',
      '8944000000000000126',
      '502152100145324',
      'a@b.example',
    ]) {
      const kind = detectSelectorKind(raw);
      expect(kind).toBeDefined();
      if (kind !== undefined) expect(normaliseSelector(kind, raw).ok).toBe(true);
    }
    expect(normaliseEmail('a@b.example').ok && normaliseAccount('email:a@b.example').ok).toBe(true);
  });
});
