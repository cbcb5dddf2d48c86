import { err, ok } from '../../model/index.js';
import type { Result } from '../../model/index.js';
import {
  normaliseAccount,
  normaliseIccid,
  normaliseImei,
  normaliseImsi,
  normalisePhone,
} from '../../model/selectors/index.js';
import type { AccountService, PhoneOptions } from '../../model/selectors/index.js';
import type { PropValue, RecordSink, RowRef } from '../contract.js';

/** Why an identifier could not become an entity; `code` is the selector issue code. */
export interface IdentityIssue {
  readonly code: string;
  readonly raw: string;
}

export type IdResult = Result<string, IdentityIssue>;
type Props = Readonly<Record<string, PropValue>>;
type KeyResult = Result<string, IdentityIssue>;

// Normalising a number through libphonenumber costs a few hundred microseconds, and an extraction
// repeats the same few thousand numbers millions of times; the cache is dropped whole when full so its
// memory stays bounded.
const CACHE_LIMIT = 100_000;

/**
 * Turns raw identifiers read from an extraction into entity ids through the shared normalisers,
 * so the same number in a UFED report, a CDR and an Android database is one node.
 */
export class Identities {
  private readonly phoneOpts: PhoneOptions;

  constructor(
    private readonly sink: RecordSink,
    region?: string,
  ) {
    // The normaliser validates the region itself and answers PHONE_BAD_REGION.
    this.phoneOpts = region !== undefined ? ({ region } as PhoneOptions) : {};
  }

  private readonly cache = new Map<string, KeyResult>();

  /** A phone entity; `region` overrides the import's region (e.g. Android's per-call `countryiso`). */
  phone(raw: string, at: RowRef, props?: Props, region?: string): IdResult {
    const opts = region !== undefined ? ({ region } as PhoneOptions) : this.phoneOpts;
    const key = this.cached(`p\u001f${region ?? ''}\u001f${raw}`, () => {
      const r = normalisePhone(raw, opts);
      return r.ok ? ok(r.value.value) : err({ code: r.error.code, raw });
    });
    if (!key.ok) return key;
    return ok(this.sink.entity({ kind: 'phone', key: key.value, raw, ...(props ? { props } : {}) }, at));
  }

  account(raw: string, service: AccountService | undefined, at: RowRef, props?: Props): IdResult {
    const key = this.cached(`a\u001f${service ?? ''}\u001f${raw}`, () => {
      const r = normaliseAccount(raw, { ...(service !== undefined ? { service } : {}), ...this.phoneOpts });
      return r.ok ? ok(r.value.value) : err({ code: r.error.code, raw });
    });
    if (!key.ok) return key;
    return ok(this.sink.entity({ kind: 'account', key: key.value, raw, ...(props ? { props } : {}) }, at));
  }

  private cached(key: string, compute: () => KeyResult): KeyResult {
    const hit = this.cache.get(key);
    if (hit !== undefined) return hit;
    if (this.cache.size >= CACHE_LIMIT) this.cache.clear();
    const value = compute();
    this.cache.set(key, value);
    return value;
  }

  /** An account of `service` for app parties, else a phone number (or an e-mail account for iMessage-style ids). */
  party(raw: string, service: AccountService | undefined, at: RowRef): IdResult {
    if (service !== undefined) return this.account(raw, service, at);
    const phone = this.phone(raw, at);
    // iMessage and RCS parties are often e-mail addresses.
    return !phone.ok && raw.includes('@') ? this.account(raw, 'email', at) : phone;
  }

  imeiKey(raw: string): Result<string, IdentityIssue> {
    const r = normaliseImei(raw);
    return r.ok ? ok(r.value.value) : err({ code: r.error.code, raw });
  }

  imsiKey(raw: string): Result<string, IdentityIssue> {
    const r = normaliseImsi(raw);
    return r.ok ? ok(r.value.value) : err({ code: r.error.code, raw });
  }

  iccidKey(raw: string): Result<string, IdentityIssue> {
    const r = normaliseIccid(raw);
    return r.ok ? ok(r.value.value) : err({ code: r.error.code, raw });
  }
}
