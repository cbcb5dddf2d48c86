import type { CountryCode } from 'libphonenumber-js/max';
import type { Result } from '../result.js';
import { normaliseAccount } from './account.js';
import { normaliseEmail } from './email.js';
import { normaliseIccid } from './iccid.js';
import { normaliseImei } from './imei.js';
import { normaliseImsi } from './imsi.js';
import { normalisePhone } from './phone.js';
import type { AccountService, Selector, SelectorIssue, SelectorKind } from './types.js';

/** Options for every normaliser; each one reads only those that concern it. */
export interface NormaliseOptions {
  readonly region?: CountryCode;
  readonly service?: AccountService;
  readonly mncLength?: 2 | 3;
  readonly iccidCheckDigit?: 'auto' | 'absent';
}

/** Normalises `raw` as a selector of the given kind. Example: `normaliseSelector('imei', '35-209900-176148-1')`. */
export function normaliseSelector(
  kind: SelectorKind,
  raw: string,
  opts: NormaliseOptions = {},
): Result<Selector, SelectorIssue> {
  const { region, service, mncLength, iccidCheckDigit } = opts;
  switch (kind) {
    case 'phone':
      return normalisePhone(raw, region !== undefined ? { region } : {});
    case 'imei':
      return normaliseImei(raw);
    case 'imsi':
      return normaliseImsi(raw, mncLength !== undefined ? { mncLength } : {});
    case 'iccid':
      return normaliseIccid(raw, iccidCheckDigit !== undefined ? { checkDigit: iccidCheckDigit } : {});
    case 'email':
      return normaliseEmail(raw);
    case 'account':
      return normaliseAccount(raw, {
        ...(service !== undefined ? { service } : {}),
        ...(region !== undefined ? { region } : {}),
      });
    default: {
      const unreachable: never = kind;
      throw new Error(`unknown selector kind ${String(unreachable)}`);
    }
  }
}
