import type { CountryCode } from 'libphonenumber-js';
import { deriveId } from '../../../model/index.js';
import { normaliseImei, normaliseImsi, normalisePhone } from '../../../model/selectors/index.js';

/** A normalised identifier read from a CDR cell, with the entity id it names. */
export type SelectorValue =
  | { readonly ok: true; readonly key: string; readonly id: string }
  | { readonly ok: false; readonly code: string };

// Excel-forced text keeps a leading apostrophe; some exports pad with tabs or `=` formulas.
const EXCEL_TEXT = /^[\s'=]*"?|"?\s*$/gu;

/** The counterpart is hidden by the network: not an error, the event simply has no known other party. */
const WITHHELD = new Set([
  'private',
  'unknown',
  'withheld',
  'anonymous',
  'restricted',
  'masqué',
  'masque',
  'inconnu',
  'privé',
  'desconocido',
  'oculto',
  'مجهول',
  'خاص',
  'n/a',
  '-',
]);

export function isWithheld(raw: string): boolean {
  return WITHHELD.has(raw.trim().toLowerCase());
}

/** A phone number (national, international, 00-prefixed) in the given region. */
export function phoneValue(raw: string, region: string | undefined): SelectorValue {
  const text = raw.replace(EXCEL_TEXT, '');
  const r = normalisePhone(
    text,
    region === undefined ? { detail: false } : { region: region as CountryCode, detail: false },
  );
  if (!r.ok)
    return { ok: false, code: r.error.code === 'PHONE_EMPTY' ? 'CDR_MISSING_NUMBER' : 'CDR_BAD_NUMBER' };
  return { ok: true, key: r.value.value, id: deriveId('phone', r.value.value) };
}

export function imeiValue(raw: string): SelectorValue {
  const r = normaliseImei(raw.replace(EXCEL_TEXT, ''));
  return r.ok
    ? { ok: true, key: r.value.value, id: deriveId('device', r.value.value) }
    : { ok: false, code: 'CDR_BAD_IMEI' };
}

/** SIMs seen in traffic are keyed by IMSI (the sink derives `sim` ids from the key). */
export function imsiValue(raw: string): SelectorValue {
  const r = normaliseImsi(raw.replace(EXCEL_TEXT, ''));
  return r.ok
    ? { ok: true, key: r.value.value, id: deriveId('sim', r.value.value) }
    : { ok: false, code: 'CDR_BAD_IMSI' };
}

/** Memoises a normaliser over distinct raw values: a 10M-row file has a few hundred thousand numbers. */
export function memo<T>(fn: (raw: string) => T): (raw: string) => T {
  const cache = new Map<string, T>();
  return (raw) => {
    let v = cache.get(raw);
    if (v === undefined) {
      v = fn(raw);
      if (cache.size < 2_000_000) cache.set(raw, v);
    }
    return v;
  };
}
