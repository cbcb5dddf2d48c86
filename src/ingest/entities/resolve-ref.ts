import type { CountryCode } from 'libphonenumber-js/max';
import { EntityKind, type EntityKind as Kind } from '../../model/index.js';
import {
  normaliseSelector,
  type Selector,
  type SelectorIssue,
  type SelectorKind,
} from '../../model/selectors/index.js';
import type { Result } from '../../model/index.js';

/** Which selector family identifies each identifier-bearing entity kind. */
const SELECTOR_OF: Partial<Record<Kind, (value: string) => SelectorKind>> = {
  phone: () => 'phone',
  device: () => 'imei',
  sim: (v) => (/^\s*89/.test(v) ? 'iccid' : 'imsi'),
  account: (v) => (v.includes('@') && !v.includes(':') ? 'email' : 'account'),
};

export type KeyResult = Result<
  { key: string; raw: string; selector?: Selector },
  SelectorIssue | { code: string }
>;

/**
 * The normalised key of an entity identified by `value`. Documents and cell sites are keyed by their
 * upper-cased identifier without spaces; the selector kinds go through their normalisers.
 */
export function keyFor(kind: Kind, value: string, region: string | undefined): KeyResult {
  const family = SELECTOR_OF[kind]?.(value);
  if (family) {
    // The normaliser validates the region itself (PHONE_BAD_REGION), so the cast only narrows the type.
    const r = normaliseSelector(family, value, region ? { region: region as CountryCode } : {});
    return r.ok ? { ok: true, value: { key: r.value.value, raw: value, selector: r.value } } : r;
  }
  if (kind === 'document' || kind === 'cellsite') {
    return { ok: true, value: { key: value.replace(/\s+/g, '').toUpperCase(), raw: value } };
  }
  return { ok: false, error: { code: 'ENTITIES_VALUE_NOT_AN_IDENTIFIER' } };
}

/** Parses `kind:value` selector references used in links (`phone:+21891…`). */
export function parseSelectorRef(ref: string): { kind: Kind; value: string } | undefined {
  const i = ref.indexOf(':');
  if (i <= 0) return undefined;
  const kind = EntityKind.safeParse(ref.slice(0, i));
  return kind.success ? { kind: kind.data, value: ref.slice(i + 1) } : undefined;
}
