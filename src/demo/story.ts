import { at, PERIOD_END_MS, PERIOD_START_MS } from './clock.js';
import type { PlaceId } from './geography.js';
import type { Country } from './identifiers.js';
import type { Stay, Whereabouts } from './world-types.js';

/** The coordinator drops his first number and, after a silence, turns up on a new handset and SIM. */
export const COORDINATOR_OLD_END = at(48, 14);
export const COORDINATOR_NEW_START = at(51, 9, 30);
/** The Sebha driver puts a new SIM (a new number) into the same handset. */
export const SEBHA_SWAP_OLD_END = at(35, 12);
export const SEBHA_SWAP_NEW_START = at(35, 18);
/** The money handler keeps two SIMs for one handset and swaps them every week. */
export const HAWALA_SWAP_DAYS = 7;
/** Captain A's boat leaves Zuwara beach; he is arrested on landing in Lampedusa and his phone is seized. */
export const DEPARTURE = at(61, 4);
export const CAPTAIN_A_SEIZED = at(61, 19);
export const EXTRACTION_TIME = at(62, 11);

/** A tower-dump request at one scene: its cells come from the place, its window from here. */
export interface SceneSpec {
  readonly id: string;
  readonly label: string;
  readonly place: PlaceId;
  readonly country: Country;
  readonly fromMs: number;
  readonly toMs: number;
  /** Network members whose phones the dump catches. */
  readonly crew: readonly string[];
  /** Migrants caught by the dump: group and how many of it. */
  readonly migrants: { readonly group: 'A' | 'B'; readonly count: number };
}

export const SCENES: readonly SceneSpec[] = [
  {
    id: 'S1',
    label: 'Checkpoint south of Sebha, convoy passage',
    place: 'sebha-checkpoint',
    country: 'LY',
    fromMs: at(56, 14),
    toMs: at(56, 18),
    crew: ['desert-driver', 'sebha-driver'],
    migrants: { group: 'A', count: 6 },
  },
  {
    id: 'S2',
    label: 'Sabratha safe house, night before departure',
    place: 'sabratha-safehouse',
    country: 'LY',
    fromMs: at(59, 20),
    toMs: at(59, 27),
    crew: ['coordinator', 'safehouse-sabratha', 'captain-a', 'coast-driver', 'sebha-driver'],
    migrants: { group: 'A', count: 12 },
  },
  {
    id: 'S3',
    label: 'Zuwara western beach, departure night',
    place: 'zuwara-beach',
    country: 'LY',
    fromMs: at(60, 22),
    toMs: at(60, 28),
    crew: ['coordinator', 'captain-a', 'coast-driver', 'captain-b'],
    migrants: { group: 'A', count: 12 },
  },
  {
    id: 'S4',
    label: 'Sfax fishing port, departure night',
    place: 'sfax-port',
    country: 'TN',
    fromMs: at(70, 22),
    toMs: at(70, 28),
    crew: ['sfax-boss', 'captain-tn', 'captain-b'],
    migrants: { group: 'B', count: 8 },
  },
];

const stay = (fromMs: number, toMs: number, where: Whereabouts): Stay => ({ fromMs, toMs, where });

/** Where members are made to be, beyond their usual whereabouts; scenes sit inside these stays. */
export const MEMBER_STAYS: Readonly<Record<string, readonly Stay[]>> = {
  coordinator: [
    stay(at(59, 19), at(59, 27, 30), 'sabratha-safehouse'),
    stay(at(60, 21, 30), at(60, 28, 30), 'zuwara-beach'),
  ],
  'captain-a': [
    stay(at(59, 19), at(59, 27, 30), 'sabratha-safehouse'),
    stay(at(60, 21, 30), DEPARTURE, 'zuwara-beach'),
    stay(DEPARTURE, PERIOD_END_MS, 'sea'),
  ],
  'coast-driver': [
    stay(at(59, 19, 30), at(59, 27), 'sabratha-safehouse'),
    stay(at(60, 21, 30), at(60, 28), 'zuwara-beach'),
  ],
  'sebha-driver': [
    stay(at(56, 12), at(56, 19), 'sebha-checkpoint'),
    stay(at(58, 20), at(59, 18), 'desert'),
    stay(at(59, 18), at(59, 28), 'sabratha-safehouse'),
    stay(at(59, 28), at(60, 16), 'desert'),
  ],
  'desert-driver': [stay(at(53, 0), at(56, 12), 'desert'), stay(at(56, 12), at(56, 19), 'sebha-checkpoint')],
  'safehouse-sabratha': [stay(at(59, 18), at(60, 4), 'sabratha-safehouse')],
  'captain-b': [
    stay(at(60, 21, 30), at(60, 28), 'zuwara-beach'),
    stay(at(68, 0), at(70, 21), 'sfax'),
    stay(at(70, 21), at(70, 29), 'sfax-port'),
    stay(at(70, 29), at(73, 0), 'sfax'),
  ],
  'sfax-boss': [stay(at(70, 21), at(70, 29), 'sfax-port')],
  'captain-tn': [stay(at(70, 21), at(70, 29), 'sfax-port'), stay(at(70, 29), at(71, 14), 'sea')],
};

/** The journey of migrant group A (Agadez → Sebha → Sabratha → Zuwara → Lampedusa); `early` rode the S1 convoy. */
export function groupAJourney(early: boolean): Stay[] {
  return [
    stay(PERIOD_START_MS, at(53, 0), 'agadez'),
    stay(at(53, 0), early ? at(56, 12) : at(57, 10), 'desert'),
    ...(early
      ? [stay(at(56, 12), at(56, 19), 'sebha-checkpoint'), stay(at(56, 19), at(58, 20), 'sebha')]
      : [stay(at(57, 10), at(58, 20), 'sebha')]),
    stay(at(58, 20), at(59, 18), 'desert'),
    stay(at(59, 18), at(60, 21), 'sabratha-safehouse'),
    stay(at(60, 21), DEPARTURE, 'zuwara-beach'),
    stay(DEPARTURE, at(61, 18), 'sea'),
    stay(at(61, 18), PERIOD_END_MS, 'lampedusa'),
  ];
}

/** Migrant group B waits in Sfax and leaves from the port (scene S4). */
export function groupBJourney(): Stay[] {
  return [
    stay(PERIOD_START_MS, at(70, 22), 'sfax'),
    stay(at(70, 22), at(70, 28), 'sfax-port'),
    stay(at(70, 28), at(71, 20), 'sea'),
    stay(at(71, 20), PERIOD_END_MS, 'lampedusa'),
  ];
}
