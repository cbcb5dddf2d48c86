import type { SubjectCategory } from '../model/index.js';
import type { PlaceId } from './geography.js';
import type { Country } from './identifiers.js';

export type Role =
  | 'organiser'
  | 'recruiter'
  | 'driver'
  | 'safe-house-keeper'
  | 'boat-captain'
  | 'money-handler'
  | 'migrant'
  | 'relative';

/** Where someone is: a place with cells, or somewhere the demo's operators do not serve. */
export type Whereabouts = PlaceId | 'agadez' | 'desert' | 'sea';

/** One number in use: its SIM in one handset over a period. A SIM swap or a second SIM is another line. */
export interface Line {
  readonly phone: string;
  readonly imsi: string;
  readonly iccid: string;
  readonly imei: string;
  readonly simCountry: Country;
  readonly fromMs: number;
  readonly toMs: number;
}

export interface Stay {
  readonly fromMs: number;
  readonly toMs: number;
  readonly where: Whereabouts;
}

export interface Person {
  readonly ref: string;
  readonly name: string;
  /** Other spellings of the name (transliterations, Arabic script) that sources use. */
  readonly variants: readonly string[];
  readonly role: Role;
  readonly category: SubjectCategory;
  readonly nationality: string;
  readonly isOrganiser: boolean;
  readonly isKeyPlayer: boolean;
  /** Usual whereabouts, weighted; `stays` override them. */
  readonly home: readonly { readonly where: Whereabouts; readonly weight: number }[];
  readonly stays: readonly Stay[];
  readonly lines: readonly Line[];
  /** Personal (innocent) counterparts: family, friends, shops. */
  readonly contacts: readonly string[];
  /** From `fromMs` on, the personal contacts are these (a new number reaches only part of the old circle). */
  readonly contactsAfter?: { readonly fromMs: number; readonly contacts: readonly string[] };
  /** Personal calls and SMS per day, before scaling. */
  readonly contactRate: number;
}

/** A communication between two numbers (or a data session of one), with what the network saw of each side. */
export interface CommEvent {
  readonly t: number;
  readonly kind: 'call' | 'sms' | 'data';
  readonly from: string;
  readonly to?: string;
  readonly durationS: number;
  readonly fromSide?: Side;
  readonly toSide?: Side;
}

/** The served side of an event: its cell (when on a demo network), handset and SIM. */
export interface Side {
  readonly cell?: string;
  readonly imei: string;
  readonly imsi: string;
}
