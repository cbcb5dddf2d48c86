import { parsePhoneNumberFromString } from 'libphonenumber-js/max';
import { offsetAt } from './parse/local-time.js';
import { EXCEL_EPOCH_DAYS } from './parse/timestamp.js';
import type { SyntheticCdr } from './synthetic.js';

/** The operator layouts the generator writes; each has a shipped profile of the same name in profiles/. */
export const LAYOUT_NAMES = [
  'fr-sens',
  'ar-1256',
  'xlsx-en',
  'utf16-tab',
  'semicolon-preamble',
  'compact-hex',
  'en-csv',
] as const;
export type LayoutName = (typeof LAYOUT_NAMES)[number];

export interface Wall {
  y: string;
  mo: string;
  d: string;
  h: string;
  mi: string;
  s: string;
  hour: number;
}

const p2 = (n: number): string => String(n).padStart(2, '0');

const SLOT_MS = 15 * 60_000;
/** Offsets per zone and 15-minute slot of UTC: the generated years change offset on quarter hours only. */
const slotOffsets = new Map<string, Map<number, number>>();

function offsetInSlot(zone: string, utcMs: number): number {
  let byZone = slotOffsets.get(zone);
  if (byZone === undefined) slotOffsets.set(zone, (byZone = new Map()));
  const slot = Math.floor(utcMs / SLOT_MS);
  let o = byZone.get(slot);
  if (o === undefined) byZone.set(slot, (o = offsetAt(zone, slot * SLOT_MS)));
  return o;
}

export function wall(utcMs: number, zone: string): Wall {
  const t = new Date(utcMs + offsetInSlot(zone, utcMs));
  return {
    y: String(t.getUTCFullYear()),
    mo: p2(t.getUTCMonth() + 1),
    d: p2(t.getUTCDate()),
    h: p2(t.getUTCHours()),
    mi: p2(t.getUTCMinutes()),
    s: p2(t.getUTCSeconds()),
    hour: t.getUTCHours(),
  };
}

/** Formatting a number costs libphonenumber a parse; files repeat the same few numbers millions of times. */
const nationalForms = new Map<string, string>();

function national(e164: string): string {
  let n = nationalForms.get(e164);
  if (n === undefined) {
    n =
      parsePhoneNumberFromString(e164)
        ?.formatNational()
        .replace(/[\s.()-]/gu, '') ?? e164;
    nationalForms.set(e164, n);
  }
  return n;
}

const hms = (s: number): string => `${p2(Math.floor(s / 3600))}:${p2(Math.floor(s / 60) % 60)}:${p2(s % 60)}`;
const ms = (s: number): string => `${Math.floor(s / 60)}:${p2(s % 60)}`;

function cellParts(key: string | undefined): [string, string, string, string] {
  const [a = '', b = '', c = '', d = ''] = (key ?? '').split('-');
  return [a, b, c, d];
}

/** One rendered layout: encoding, header and preamble/footer lines, and a row renderer. */
export interface LayoutSpec {
  readonly encoding: 'utf-8' | 'utf-8-bom' | 'windows-1256' | 'utf-16le' | 'xlsx';
  readonly delimiter: string;
  readonly zone: string;
  readonly preamble: (rs: readonly SyntheticCdr[]) => string[];
  readonly header: readonly string[];
  readonly row: (r: SyntheticCdr, zone: string) => readonly (string | number)[];
  readonly footer: (rs: readonly SyntheticCdr[]) => string[];
}

const none = (): string[] => [];

/** An operator's record-type code: [outgoing call, incoming call, SMS sent, SMS received, data session]. */
function eventCode(r: SyntheticCdr, codes: readonly [string, string, string, string, string]): string {
  const [moc, mtc, smo, smt, data] = codes;
  if (r.type === 'call') return r.direction === 'mo' ? moc : mtc;
  if (r.type === 'sms') return r.direction === 'mo' ? smo : smt;
  return data;
}

export const LAYOUTS: Readonly<Record<LayoutName, LayoutSpec>> = {
  'fr-sens': {
    encoding: 'utf-8-bom',
    delimiter: ';',
    zone: 'Europe/Paris',
    preamble: none,
    header: [
      'Numéro cible',
      'Correspondant',
      'Sens',
      'Type',
      'Date',
      'Heure',
      'Durée',
      'Cellule',
      'IMEI',
      'IMSI',
    ],
    row: (r, z) => {
      const w = wall(r.startUtcMs, z);
      const type = { call: 'Voix', sms: 'SMS', data: 'Données' }[r.type];
      return [
        national(r.target),
        r.type === 'data' ? '' : national(r.other),
        r.direction === 'mo' ? 'sortant' : 'entrant',
        type,
        `${w.d}/${w.mo}/${w.y}`,
        `${w.h}:${w.mi}:${w.s}`,
        hms(r.durationS),
        r.cell ?? '',
        r.imei ?? '',
        r.imsi ?? '',
      ];
    },
    footer: none,
  },
  'ar-1256': {
    encoding: 'windows-1256',
    delimiter: ',',
    zone: 'Africa/Tripoli',
    preamble: none,
    header: [
      'الرقم المستهدف',
      'الطرف الآخر',
      'الاتجاه',
      'النوع',
      'التاريخ والوقت',
      'المدة',
      'الخلية',
      'رقم الجهاز',
      'رقم الشريحة',
    ],
    row: (r, z) => {
      const w = wall(r.startUtcMs, z);
      const type = { call: 'مكالمة', sms: 'رسالة', data: 'بيانات' }[r.type];
      return [
        `00${r.target.slice(1)}`,
        r.type === 'data' ? '' : `00${r.other.slice(1)}`,
        r.direction === 'mo' ? 'صادر' : 'وارد',
        type,
        `${w.y}-${w.mo}-${w.d} ${w.h}:${w.mi}:${w.s}`,
        r.durationS,
        r.cell ?? '',
        r.imei ?? '',
        r.imsi ?? '',
      ];
    },
    footer: none,
  },
  'xlsx-en': {
    encoding: 'xlsx',
    delimiter: ',',
    zone: 'Europe/London',
    preamble: () => ['Itemised billing report'],
    header: ['Target No', 'Call Type', 'B Party No', 'Start Time', 'Dur(s)', 'First CGI', 'IMEI', 'IMSI'],
    row: (r, z) => {
      const local = r.startUtcMs + offsetAt(z, r.startUtcMs);
      const serial = local / 86_400_000 + EXCEL_EPOCH_DAYS;
      const code = eventCode(r, ['MOC', 'MTC', 'SMO', 'SMT', 'GPRS']);
      return [
        r.target.slice(1),
        code,
        r.type === 'data' ? '' : r.other.slice(1),
        serial,
        r.durationS,
        r.cell ?? '',
        r.imei ?? '',
        r.imsi ?? '',
      ];
    },
    footer: none,
  },
  'utf16-tab': {
    encoding: 'utf-16le',
    delimiter: '\t',
    zone: 'America/New_York',
    preamble: none,
    header: [
      'MSISDN',
      'Direction',
      'Other Party',
      'Service',
      'Start Time',
      'Duration (s)',
      'LAC',
      'CI',
      'IMEI',
      'IMSI',
    ],
    row: (r, z) => {
      const w = wall(r.startUtcMs, z);
      const h12 = w.hour % 12 === 0 ? 12 : w.hour % 12;
      const [, , lac, ci] = cellParts(r.cell);
      return [
        r.target,
        r.direction === 'mo' ? 'Outgoing' : 'Incoming',
        r.type === 'data' ? '' : r.other,
        r.type.toUpperCase(),
        `${Number(w.mo)}/${Number(w.d)}/${w.y} ${h12}:${w.mi}:${w.s} ${w.hour < 12 ? 'AM' : 'PM'}`,
        r.durationS,
        lac,
        ci,
        r.imei ?? '',
        r.imsi ?? '',
      ];
    },
    footer: none,
  },
  'semicolon-preamble': {
    encoding: 'utf-8',
    delimiter: ';',
    zone: 'Europe/Rome',
    preamble: (rs) => [
      'Operatore Demo Telecom S.p.A.',
      'Report: traffico storico',
      `Target number: ${rs[0]?.target ?? ''}`,
      'Period: 2026',
      '',
    ],
    header: ['Date', 'Time', 'Other Number', 'Direction', 'Type', 'Duration', 'First CGI', 'Last CGI'],
    row: (r, z) => {
      const w = wall(r.startUtcMs, z);
      return [
        `${w.d}.${w.mo}.${w.y}`,
        `${w.h}:${w.mi}:${w.s}`,
        r.type === 'data' ? '' : r.other,
        r.direction === 'mo' ? 'OUT' : 'IN',
        r.type === 'call' ? 'Voice' : r.type === 'sms' ? 'SMS' : 'Data',
        ms(r.durationS),
        (r.cell ?? '').replaceAll('-', ' '),
        r.cell ?? '',
      ];
    },
    footer: (rs) => [`Total;${rs.length} records`],
  },
  'compact-hex': {
    encoding: 'utf-8',
    delimiter: '|',
    zone: 'Asia/Beirut',
    preamble: none,
    header: ['A_NUMBER', 'B_NUMBER', 'RECORD_TYPE', 'START', 'DURATION', 'CELL', 'IMEI', 'IMSI'],
    row: (r, z) => {
      const w = wall(r.startUtcMs, z);
      const [mcc, mnc, lac, ci] = cellParts(r.cell);
      const hex = (x: string): string => Number(x).toString(16).toUpperCase().padStart(4, '0');
      const [a, b] = r.direction === 'mo' ? [r.target, r.other] : [r.other, r.target];
      const code = eventCode(r, ['MOC', 'MTC', 'SMS-MO', 'SMS-MT', 'GPRS']);
      return [
        a.slice(1),
        r.type === 'data' ? '' : b.slice(1),
        code,
        `${w.y}${w.mo}${w.d}${w.h}${w.mi}${w.s}`,
        r.durationS,
        `${mcc}-${mnc}-${hex(lac)}-${hex(ci)}`,
        r.imei ?? '',
        r.imsi ?? '',
      ];
    },
    footer: none,
  },
  'en-csv': {
    encoding: 'utf-8',
    delimiter: ',',
    zone: 'Europe/Paris',
    preamble: none,
    header: [
      'Target No',
      'Call Type',
      'B Party No',
      'Date',
      'Time',
      'Dur(s)',
      'First CGI',
      'Last CGI',
      'IMEI',
      'IMSI',
    ],
    row: (r, z) => {
      const w = wall(r.startUtcMs, z);
      const code = eventCode(r, ['OUT', 'IN', 'SMO', 'SMT', 'DATA OUT']);
      return [
        r.target,
        code,
        r.type === 'data' ? '' : r.other,
        `${w.d}/${w.mo}/${w.y}`,
        `${w.h}:${w.mi}:${w.s}`,
        r.durationS,
        r.cell ?? '',
        r.cell ?? '',
        r.imei ?? '',
        r.imsi ?? '',
      ];
    },
    footer: none,
  },
};
