import type { World } from './world.js';

/** A number saved in the seized phone, under the name the captain gave it. */
export interface SavedContact {
  readonly phone: string;
  readonly name: string;
  /** The person behind the number, when in the story; undefined for his private contacts. */
  readonly person?: string;
}

// The coordinator is saved twice: his old number under a nickname, the new one as "the Hajj" in Arabic.
const NETWORK_NAMES: readonly (readonly [ref: string, line: number, name: string])[] = [
  ['coordinator', 0, 'Hajj Boat'],
  ['coordinator', 1, 'الحاج'],
  ['coast-driver', 0, 'Nouri sayyara'],
  ['captain-b', 0, 'Adel Rais'],
  ['safehouse-sabratha', 0, 'Dar Sabratha'],
  ['hawala-tripoli', 0, 'Hassan Hawala'],
  ['hawala-tripoli', 1, 'Hassan 2'],
  ['captain-a-brother', 0, 'Akhi Omar'],
];

const PRIVATE_NAMES = [
  'Mama',
  'Ammi Salem',
  'Garage Mohamed',
  'Hanout Ali',
  'Khalid school',
  'Dr Amal',
  'Bilal',
  'Sami Zuwara',
];

/** The seized phone's address book: network members and his own private contacts. */
export function captainPhonebook(world: World): SavedContact[] {
  const byRef = new Map(world.cast.persons.map((p) => [p.ref, p]));
  const distinctPhones = (ref: string): string[] => [
    ...new Set(byRef.get(ref)?.lines.map((l) => l.phone) ?? []),
  ];
  const network = NETWORK_NAMES.map(([ref, i, name]) => {
    const phone = distinctPhones(ref)[i];
    if (phone === undefined) throw new Error(`${ref} has no line ${i}`);
    return { phone, name, person: ref };
  });
  const captain = byRef.get('captain-a');
  const own = (captain?.contacts ?? [])
    .slice(0, PRIVATE_NAMES.length)
    .map((phone, i) => ({ phone, name: PRIVATE_NAMES[i] ?? 'Contact' }));
  return [...network, ...own];
}
