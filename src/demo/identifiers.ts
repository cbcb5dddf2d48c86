import { luhnCheckDigit, mrzCheckDigit } from '../model/selectors/index.js';
import type { Rng } from './random.js';

/** The countries the demo's subscribers come from, with real mobile ranges and a fictional `555` block. */
export type Country = 'LY' | 'TN' | 'NE' | 'IT';

const MOBILE: Readonly<Record<Country, { cc: string; prefixes: readonly string[]; rest: number }>> = {
  // +218 91/92/94 + 7 digits; +216 2x/5x/9x + 6; +227 9x + 6; +39 3xx + 7.
  LY: { cc: '218', prefixes: ['91', '92', '94'], rest: 4 },
  TN: { cc: '216', prefixes: ['20', '22', '50', '55', '98'], rest: 3 },
  NE: { cc: '227', prefixes: ['90', '96', '98'], rest: 3 },
  IT: { cc: '39', prefixes: ['320', '327', '333', '347', '388'], rest: 4 },
};

/** The PLMN (MCC, MNC) a country's subscribers are registered on in the demo. */
export const HOME_PLMN: Readonly<Record<Country, { mcc: number; mnc: number }>> = {
  LY: { mcc: 606, mnc: 1 },
  TN: { mcc: 605, mnc: 3 },
  NE: { mcc: 614, mnc: 4 },
  IT: { mcc: 222, mnc: 1 },
};

/**
 * Hands out unique identifiers. Every subscriber part starts with `555` so a reader sees at once the
 * numbers are made up, while the ranges before it are real mobile ranges that libphonenumber accepts.
 */
export class IdentifierPool {
  private readonly used = new Set<string>();
  constructor(private readonly rng: Rng) {}

  phone(country: Country, prefix?: string): string {
    const m = MOBILE[country];
    return this.unique(() => `+${m.cc}${prefix ?? this.rng.pick(m.prefixes)}555${this.rng.digits(m.rest)}`);
  }

  /** A 15-digit IMEI: a made-up TAC, a serial and its Luhn check digit. */
  imei(): string {
    return this.unique(() => {
      const body = `35${this.rng.digits(6)}${this.rng.digits(6)}`;
      return body + luhnCheckDigit(body);
    });
  }

  /** A 15-digit IMSI: MCC, 2-digit MNC, and an MSIN starting `55`. */
  imsi(country: Country): string {
    const p = HOME_PLMN[country];
    return this.unique(() => `${p.mcc}${String(p.mnc).padStart(2, '0')}55${this.rng.digits(8)}`);
  }

  /** A 19-digit ICCID: `89`, the country calling code, issuer, account and the Luhn digit. */
  iccid(country: Country): string {
    const cc = MOBILE[country].cc;
    return this.unique(() => {
      const body = `89${cc}01${this.rng.digits(18 - 4 - cc.length)}`;
      return body + luhnCheckDigit(body);
    });
  }

  /** A 9-character passport number: two letters and seven digits. */
  documentNumber(): string {
    const letter = (): string => String.fromCharCode(65 + this.rng.int(0, 25));
    return this.unique(() => `${letter()}${letter()}${this.rng.digits(7)}`);
  }

  private unique(make: () => string): string {
    for (;;) {
      const v = make();
      if (!this.used.has(v)) {
        this.used.add(v);
        return v;
      }
    }
  }
}

export interface PassportHolder {
  readonly issuingState: string;
  readonly nationality: string;
  readonly surname: string;
  readonly givenNames: string;
  /** YYMMDD */
  readonly birth: string;
  readonly sex: 'M' | 'F';
  /** YYMMDD */
  readonly expiry: string;
}

const mrzText = (s: string): string =>
  s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/gu, '')
    .toUpperCase()
    .replace(/[^A-Z]+/gu, '<');

/** The two 44-character lines of a TD3 (passport) MRZ with every check digit (ICAO 9303 Part 4). */
export function td3Mrz(documentNumber: string, h: PassportHolder): [string, string] {
  const names = `${mrzText(h.surname)}<<${mrzText(h.givenNames)}`;
  const line1 = `P<${h.issuingState}${names}`.padEnd(44, '<').slice(0, 44);
  const doc = documentNumber.padEnd(9, '<');
  const personal = '<'.repeat(14);
  const docPart = doc + mrzCheckDigit(doc);
  const birthPart = h.birth + mrzCheckDigit(h.birth);
  const expiryPart = h.expiry + mrzCheckDigit(h.expiry);
  const personalPart = personal + mrzCheckDigit(personal);
  const composite = mrzCheckDigit(docPart + birthPart + expiryPart + personalPart);
  const line2 = `${docPart}${h.nationality}${birthPart}${h.sex}${expiryPart}${personalPart}${composite}`;
  return [line1, line2];
}
