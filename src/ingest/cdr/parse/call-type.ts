import type { EventKind } from '../../../model/index.js';

/** Direction relative to the billed party: `mo` it originated the event, `mt` it received it. */
export type Direction = 'mo' | 'mt';

/** What a direction or call-type cell says; either part may be absent (`OUT` has no kind, `SMS` no direction). */
export interface CallType {
  readonly direction?: Direction;
  readonly kind?: Extract<EventKind, 'call' | 'sms' | 'mms' | 'data'>;
}

// Whole-value vocabulary (lower-cased, separators collapsed to one space). Combined codes first.
const COMBINED: Readonly<Record<string, CallType>> = {
  moc: { direction: 'mo', kind: 'call' },
  mtc: { direction: 'mt', kind: 'call' },
  'mo call': { direction: 'mo', kind: 'call' },
  'mt call': { direction: 'mt', kind: 'call' },
  smo: { direction: 'mo', kind: 'sms' },
  smt: { direction: 'mt', kind: 'sms' },
  'sms mo': { direction: 'mo', kind: 'sms' },
  'sms mt': { direction: 'mt', kind: 'sms' },
  'mo sms': { direction: 'mo', kind: 'sms' },
  'mt sms': { direction: 'mt', kind: 'sms' },
  'sms out': { direction: 'mo', kind: 'sms' },
  'sms in': { direction: 'mt', kind: 'sms' },
  'mms mo': { direction: 'mo', kind: 'mms' },
  'mms mt': { direction: 'mt', kind: 'mms' },
  'voice outgoing': { direction: 'mo', kind: 'call' },
  'voice incoming': { direction: 'mt', kind: 'call' },
  'outgoing call': { direction: 'mo', kind: 'call' },
  'incoming call': { direction: 'mt', kind: 'call' },
  'appel sortant': { direction: 'mo', kind: 'call' },
  'appel entrant': { direction: 'mt', kind: 'call' },
  'sms sortant': { direction: 'mo', kind: 'sms' },
  'sms entrant': { direction: 'mt', kind: 'sms' },
  'llamada saliente': { direction: 'mo', kind: 'call' },
  'llamada entrante': { direction: 'mt', kind: 'call' },
  'مكالمة صادرة': { direction: 'mo', kind: 'call' },
  'مكالمة واردة': { direction: 'mt', kind: 'call' },
  'رسالة صادرة': { direction: 'mo', kind: 'sms' },
  'رسالة واردة': { direction: 'mt', kind: 'sms' },
};

const DIRECTIONS: Readonly<Record<string, Direction>> = {
  mo: 'mo',
  mt: 'mt',
  out: 'mo',
  in: 'mt',
  o: 'mo',
  i: 'mt',
  outgoing: 'mo',
  incoming: 'mt',
  outbound: 'mo',
  inbound: 'mt',
  orig: 'mo',
  term: 'mt',
  originating: 'mo',
  terminating: 'mt',
  sortant: 'mo',
  entrant: 'mt',
  sortante: 'mo',
  entrante: 'mt',
  emis: 'mo',
  émis: 'mo',
  recu: 'mt',
  reçu: 'mt',
  saliente: 'mo',
  salida: 'mo',
  entrada: 'mt',
  صادر: 'mo',
  صادرة: 'mo',
  وارد: 'mt',
  واردة: 'mt',
};

const KINDS: Readonly<Record<string, NonNullable<CallType['kind']>>> = {
  voice: 'call',
  call: 'call',
  voz: 'call',
  llamada: 'call',
  appel: 'call',
  voix: 'call',
  tel: 'call',
  volte: 'call',
  vowifi: 'call',
  مكالمة: 'call',
  صوت: 'call',
  sms: 'sms',
  text: 'sms',
  mensaje: 'sms',
  رسالة: 'sms',
  mms: 'mms',
  data: 'data',
  gprs: 'data',
  internet: 'data',
  datos: 'data',
  données: 'data',
  donnees: 'data',
  بيانات: 'data',
  '4g': 'data',
  lte: 'data',
};

function clean(raw: string): string {
  return raw
    .trim()
    .toLowerCase()
    .replace(/[\s_\-/]+/gu, ' ');
}

/** Reads a direction and/or event kind from one cell. Example: `parseCallType('SMS-MT')` is `{mt, sms}`. */
export function parseCallType(raw: string): CallType | undefined {
  const text = clean(raw);
  if (text === '') return undefined;
  const combined = COMBINED[text];
  if (combined) return combined;
  const direction = DIRECTIONS[text];
  if (direction) return { direction };
  const kind = KINDS[text];
  if (kind) return { kind };
  // Two words, each known on its own: "voice in", "sms sortant", "وارد مكالمة".
  const words = text.split(' ');
  if (words.length === 2) {
    const [a = '', b = ''] = words;
    const d = DIRECTIONS[a] ?? DIRECTIONS[b];
    const k = KINDS[a] ?? KINDS[b];
    if (d && k) return { direction: d, kind: k };
  }
  return undefined;
}
