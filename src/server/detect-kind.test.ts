import { describe, expect, it } from 'vitest';
import { detectKind } from './detect-kind.js';

const KNOWN = ['cdr', 'towerdump', 'entities', 'whatsapp', 'vcard'];

describe('detectKind', () => {
  it('recognises billings by the header words of the shipped profiles', () => {
    expect(detectKind('b.csv', ['Target No,Call Type,B Party No,Date,Time'], KNOWN)).toBe('cdr');
    expect(detectKind('b.csv', ['Numéro cible;Correspondant;Sens;Date;Heure'], KNOWN)).toBe('cdr');
    expect(detectKind('b.csv', ['Date,Heure,Montant'], KNOWN)).toBeNull();
  });

  it('prefers a tower dump by its name and answers only kinds that exist', () => {
    expect(detectKind('tower-dump.csv', ['Target No,Call Type'], KNOWN)).toBe('towerdump');
    expect(detectKind('b.csv', ['Target No,Call Type'], ['entities'])).toBeNull();
  });
});
