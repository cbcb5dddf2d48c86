import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { LAYOUTS } from '../ingest/cdr/index.js';
import { wallClock } from './clock.js';
import type { BillingRow } from './billing.js';

/**
 * How one operator writes its files. Each layout matches a profile shipped in profiles/ (named in
 * `profile`) header for header, so the import never depends on guessing.
 */
export interface BillingLayout {
  readonly profile: string;
  readonly encoding: 'windows-1256' | 'utf-8' | 'utf-8-bom';
  readonly delimiter: string;
  readonly zone: string;
  readonly region?: string;
  readonly preamble: (target: string) => readonly string[];
  readonly header: readonly string[];
  readonly row: (r: BillingRow) => readonly (string | number)[];
  /** Lines after the data; the importer rejects them as footer rows, one reject each. */
  readonly footer: (rows: number) => readonly string[];
}

const p2 = (n: number): string => String(n).padStart(2, '0');
const hms = (s: number): string => `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;
const none = (): readonly string[] => [];

/** A Libyan operator: Arabic headers, Windows-1256, 00-prefixed international numbers, Libyan time. */
export const LIBYAN_AR: BillingLayout = {
  profile: 'ar-1256',
  encoding: 'windows-1256',
  delimiter: ',',
  zone: 'Africa/Tripoli',
  region: 'LY',
  preamble: none,
  header: LAYOUTS['ar-1256'].header,
  row: (r) => {
    const w = wallClock(r.t, 'Africa/Tripoli');
    const type = { call: 'مكالمة', sms: 'رسالة', data: 'بيانات' }[r.kind];
    return [
      `00${r.target.slice(1)}`,
      r.other === undefined ? '' : `00${r.other.slice(1)}`,
      r.direction === 'mo' ? 'صادر' : 'وارد',
      type,
      `${w.y}-${w.mo}-${w.d} ${w.h}:${w.mi}:${w.s}`,
      r.durationS,
      r.side.cell ?? '',
      r.side.imei,
      r.side.imsi,
    ];
  },
  footer: none,
};

/** Tunisian numbers in national form, foreign ones 00-prefixed, as a Tunisian operator prints them. */
function tunisian(e164: string): string {
  const n = parsePhoneNumberFromString(e164);
  return n?.country === 'TN' ? n.nationalNumber : `00${e164.slice(1)}`;
}

/** A Tunisian operator with French headers (the `fr-sens` profile), Tunisian time. */
export const TUNISIAN_FR: BillingLayout = {
  profile: 'fr-sens',
  encoding: 'utf-8-bom',
  delimiter: ';',
  zone: 'Africa/Tunis',
  region: 'TN',
  preamble: none,
  header: LAYOUTS['fr-sens'].header,
  row: (r) => {
    const w = wallClock(r.t, 'Africa/Tunis');
    return [
      tunisian(r.target),
      r.other === undefined ? '' : tunisian(r.other),
      r.direction === 'mo' ? 'sortant' : 'entrant',
      { call: 'Voix', sms: 'SMS', data: 'Données' }[r.kind],
      `${w.d}/${w.mo}/${w.y}`,
      `${w.h}:${w.mi}:${w.s}`,
      hms(r.durationS),
      r.side.cell ?? '',
      r.side.imei,
      r.side.imsi,
    ];
  },
  footer: none,
};

/** An Italian operator: one file per target named in a preamble, Rome time (DST), a totals line. */
export const ITALIAN_PREAMBLE: BillingLayout = {
  profile: 'semicolon-preamble',
  encoding: 'utf-8',
  delimiter: ';',
  zone: 'Europe/Rome',
  preamble: (target) => [
    'Operatore Demo Mobile S.p.A.',
    'Report: traffico storico',
    `Target number: ${target}`,
    'Period: 2026',
    '',
  ],
  header: LAYOUTS['semicolon-preamble'].header,
  row: (r) => {
    const w = wallClock(r.t, 'Europe/Rome');
    const cell = r.side.cell ?? '';
    return [
      `${w.d}.${w.mo}.${w.y}`,
      `${w.h}:${w.mi}:${w.s}`,
      r.other ?? '',
      r.direction === 'mo' ? 'OUT' : 'IN',
      { call: 'Voice', sms: 'SMS', data: 'Data' }[r.kind],
      `${Math.floor(r.durationS / 60)}:${p2(r.durationS % 60)}`,
      cell.replaceAll('-', ' '),
      cell,
    ];
  },
  footer: (rows) => [`Total;${rows} records`],
};
