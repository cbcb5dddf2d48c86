import { CDR_ROLES, type CdrRole } from '../../model/api/index.js';

/**
 * Column roles of a CDR / tower-dump layout, and the header words (English, French, Spanish, Arabic and
 * common abbreviations) that name them. Header matching is on a folded form: lower case, accents and
 * punctuation dropped, so `N° Appelé`, `numero appele` and `NUMERO_APPELE` meet.
 * The list itself lives beside the profile schema in the API contract, so both name the same roles.
 */
export const ROLES = CDR_ROLES;
export type Role = CdrRole;

const VOCAB: Readonly<Record<Role, readonly string[]>> = {
  target: [
    'target',
    'target no',
    'target number',
    'msisdn',
    'served msisdn',
    'servedmsisdn',
    'subscriber',
    'numero cible',
    'cible',
    'abonne',
    'numero abonne',
    'numero objetivo',
    'abonado',
    'numero intervenido',
    'الرقم المستهدف',
    'رقم المشترك',
    'المشترك',
    'الرقم',
  ],
  other: [
    'b party',
    'b party no',
    'b party number',
    'b number',
    'other party',
    'other number',
    'correspondent',
    'correspondant',
    'numero correspondant',
    'interlocuteur',
    'contact',
    'numero contacto',
    'otro numero',
    'interlocutor',
    'destino origen',
    'الطرف الآخر',
    'رقم الطرف الآخر',
    'الرقم الآخر',
    'رقم المتصل به',
  ],
  aParty: [
    'a party',
    'a number',
    'calling',
    'calling number',
    'calling party',
    'calling nbr',
    'calling party telephone number',
    'caller',
    'appelant',
    'numero appelant',
    'llamante',
    'numero llamante',
    'origen',
    'المتصل',
    'رقم المتصل',
    'من',
  ],
  bParty: [
    'called',
    'called number',
    'called party',
    'called nbr',
    'called party telephone number',
    'callee',
    'dialed digits',
    'dialled digits',
    'calledNumber',
    'appele',
    'numero appele',
    'llamado',
    'numero llamado',
    'destino',
    'المتصل به',
    'المستقبل',
    'إلى',
  ],
  direction: ['direction', 'dir', 'sens', 'sentido', 'in out', 'm r', 'mobile role', 'الاتجاه', 'اتجاه'],
  type: [
    'type',
    'call type',
    'event type',
    'service',
    'service type',
    'record type',
    'toc',
    'type appel',
    'type d appel',
    'type evenement',
    'tipo',
    'tipo llamada',
    'tipo de llamada',
    'tipo evento',
    'النوع',
    'نوع المكالمة',
    'نوع الخدمة',
  ],
  start: [
    'start',
    'start time',
    'start date',
    'start date time',
    'datetime',
    'date time',
    'timestamp',
    'event start',
    'call start',
    'record opening time',
    'local time stamp',
    'localtimestamp',
    'horodatage',
    'date heure',
    'date et heure',
    'debut',
    'date debut',
    'fecha hora',
    'fecha y hora',
    'inicio',
    'التاريخ والوقت',
    'وقت البدء',
  ],
  date: ['date', 'call date', 'fecha', 'jour', 'التاريخ'],
  time: ['time', 'call time', 'heure', 'hora', 'الوقت', 'الساعة'],
  duration: [
    'duration',
    'dur',
    'dur s',
    'duration s',
    'call duration',
    'duree',
    'duree s',
    'duree sec',
    'duracion',
    'duracion s',
    'seconds',
    'secs',
    'total call event duration',
    'المدة',
    'مدة المكالمة',
  ],
  cell: [
    'cell',
    'cell id',
    'cellid',
    'cgi',
    'first cgi',
    'ecgi',
    '1st cell',
    'first cell',
    'start cell',
    'cell start',
    'cellule',
    'cellule debut',
    'id cellule',
    'celda',
    'celda inicio',
    'id celda',
    'cell cgi',
    'الخلية',
    'رمز الخلية',
    'الخلية الأولى',
  ],
  cellEnd: ['last cgi', 'last cell', 'end cell', 'cell end', 'cellule fin', 'celda fin', 'الخلية الأخيرة'],
  lac: ['lac', 'location area code', 'locationareacode', 'location area', 'tac', 'area'],
  ci: ['ci', 'cid', 'cell identity', 'cellidentifier', 'cell identifier', 'eci'],
  imei: ['imei', 'served imei', 'servedimei', 'imei sv', 'imeisv', 'رقم الجهاز'],
  imsi: ['imsi', 'served imsi', 'servedimsi', 'رقم الشريحة'],
};

/** Folds a header for matching: lower case, no accents, punctuation and underscores as single spaces. */
export function foldHeader(h: string): string {
  return h
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/\(.*?\)/gu, (m) => ` ${m.slice(1, -1)} `)
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

const INDEX = new Map<string, Role>();
for (const role of ROLES) for (const w of VOCAB[role]) INDEX.set(foldHeader(w), role);

/** The role a header names, if any; exact folded match first, then a match without a trailing unit. */
export function roleOfHeader(h: string): Role | undefined {
  const f = foldHeader(h);
  const exact = INDEX.get(f);
  if (exact) return exact;
  const noUnit = f.replace(/\s+(s|sec|secs|seconds|secondes|segundos|hh mm ss|mm ss)$/u, '');
  // "Número abonado", "No. appelant", "رقم المتصل": the word for "number" adds nothing.
  const noNumberWord = noUnit.replace(/^(numero|number|num|no|nr|n|nº|رقم)\s+(de\s+|del\s+|d\s+)?/u, '');
  return INDEX.get(noUnit) ?? INDEX.get(noNumberWord);
}

/** Whether a row of cells looks like a header row: most non-empty cells name a known role. */
export function headerScore(cells: readonly string[]): number {
  let known = 0;
  for (const c of cells) if (c.trim() !== '' && roleOfHeader(c) !== undefined) known++;
  return known;
}
