import { PERIOD_END_MS, PERIOD_START_MS, DAY_MS } from './clock.js';
import { MEMBERS, TIES, type MemberSpec } from './cast-network.js';
import type { Country, IdentifierPool } from './identifiers.js';
import { MIGRANT_FAMILY, MIGRANT_GIVEN, plainLatin } from './names.js';
import type { Rng } from './random.js';
import {
  CAPTAIN_A_SEIZED,
  COORDINATOR_NEW_START,
  COORDINATOR_OLD_END,
  groupAJourney,
  groupBJourney,
  HAWALA_SWAP_DAYS,
  MEMBER_STAYS,
  SEBHA_SWAP_NEW_START,
  SEBHA_SWAP_OLD_END,
} from './story.js';
import type { Line, Person } from './world-types.js';

/** Everyone in the story, and the ties between them (calls and SMS per day). */
export interface Cast {
  readonly persons: readonly Person[];
  readonly ties: readonly (readonly [string, string, number])[];
}

export const MIGRANTS_A = 12;
export const MIGRANTS_B = 10;
/** The migrant of group A who is a missing minor (a yellow notice in the watch list). */
export const MISSING_MINOR = 'migrant-a07';

/** Draws numbers, SIMs and handsets for the network, the migrants and one relative. */
export function buildCast(rng: Rng, ids: IdentifierPool): Cast {
  const persons: Person[] = MEMBERS.map((m) => member(m, rng, ids));
  const ties = [...TIES];
  for (let i = 1; i <= MIGRANTS_A + MIGRANTS_B; i++) {
    const isA = i <= MIGRANTS_A;
    const n = isA ? i : i - MIGRANTS_A;
    const ref = `migrant-${isA ? 'a' : 'b'}${String(n).padStart(2, '0')}`;
    persons.push(migrant(ref, isA ? (n <= 6 ? 'A-early' : 'A') : 'B', rng, ids));
    if (isA) ties.push([ref, n % 2 === 1 ? 'recruiter-1' : 'recruiter-2', 0.3], [ref, 'coordinator', 0.06]);
    else ties.push([ref, 'sfax-boss', 0.2], [ref, 'captain-tn', 0.05]);
  }
  persons.push({
    ref: 'captain-a-brother',
    name: 'Omar Driss',
    variants: ['Umar Idris'],
    role: 'relative',
    category: 'other-party',
    nationality: 'LBY',
    isOrganiser: false,
    isKeyPlayer: false,
    home: [{ where: 'zuwara', weight: 1 }],
    stays: [],
    lines: [wholeLine(ids, 'LY')],
    contacts: contactsFor(rng, ids, 'LY', 15),
    contactRate: 3,
  });
  ties.push(['captain-a', 'captain-a-brother', 1.5]);
  return { persons, ties };
}

function member(m: MemberSpec, rng: Rng, ids: IdentifierPool): Person {
  const contacts = contactsFor(rng, ids, m.country, m.contacts);
  return {
    ref: m.ref,
    name: m.name,
    variants: m.variants,
    role: m.role,
    category: m.category,
    nationality: m.nationality,
    isOrganiser: m.isOrganiser ?? false,
    isKeyPlayer: m.isKeyPlayer ?? false,
    home: m.home,
    stays: MEMBER_STAYS[m.ref] ?? [],
    lines: linesOf(m, ids),
    contacts,
    // The coordinator gives his new number to close contacts only (two in five drop out) and makes new ones.
    ...(m.ref === 'coordinator'
      ? {
          contactsAfter: {
            fromMs: COORDINATOR_NEW_START,
            contacts: [
              ...contacts.filter((_, i) => i % 5 >= 2 || i < 5),
              ...contactsFor(rng, ids, m.country, 10),
            ],
          },
        }
      : {}),
    contactRate: m.contactRate,
  };
}

function line(
  ids: IdentifierPool,
  c: Country,
  imei: string,
  fromMs: number,
  toMs: number,
  prefix?: string,
): Line {
  return {
    phone: ids.phone(c, prefix),
    imsi: ids.imsi(c),
    iccid: ids.iccid(c),
    imei,
    simCountry: c,
    fromMs,
    toMs,
  };
}

const wholeLine = (ids: IdentifierPool, c: Country): Line =>
  line(ids, c, ids.imei(), PERIOD_START_MS, PERIOD_END_MS);

/** The special cases of the story: a replacement phone, a SIM swap, two SIMs in one handset, a seizure. */
function linesOf(m: MemberSpec, ids: IdentifierPool): Line[] {
  switch (m.ref) {
    case 'coordinator':
      return [
        line(ids, 'LY', ids.imei(), PERIOD_START_MS, COORDINATOR_OLD_END, '91'),
        line(ids, 'LY', ids.imei(), COORDINATOR_NEW_START, PERIOD_END_MS, '94'),
      ];
    case 'sebha-driver': {
      const imei = ids.imei();
      return [
        line(ids, 'LY', imei, PERIOD_START_MS, SEBHA_SWAP_OLD_END),
        line(ids, 'LY', imei, SEBHA_SWAP_NEW_START, PERIOD_END_MS),
      ];
    }
    case 'hawala-tripoli': {
      const imei = ids.imei();
      const [a, b] = [line(ids, 'LY', imei, 0, 0, '91'), line(ids, 'LY', imei, 0, 0, '92')];
      const out: Line[] = [];
      for (let k = 0, t = PERIOD_START_MS; t < PERIOD_END_MS; k++, t += HAWALA_SWAP_DAYS * DAY_MS) {
        out.push({
          ...(k % 2 === 0 ? a : b),
          fromMs: t,
          toMs: Math.min(PERIOD_END_MS, t + HAWALA_SWAP_DAYS * DAY_MS),
        });
      }
      return out;
    }
    case 'captain-a':
      return [line(ids, 'LY', ids.imei(), PERIOD_START_MS, CAPTAIN_A_SEIZED)];
    default:
      return [wholeLine(ids, m.country)];
  }
}

function migrant(ref: string, group: 'A-early' | 'A' | 'B', rng: Rng, ids: IdentifierPool): Person {
  const given = rng.pick(MIGRANT_GIVEN);
  const family = rng.pick(MIGRANT_FAMILY);
  const name = `${given} ${family}`;
  const simCountry: Country = group === 'B' ? 'TN' : 'NE';
  return {
    ref,
    name,
    variants: [plainLatin(name), `${family.toUpperCase()} ${given}`],
    role: 'migrant',
    category: 'victim',
    nationality: rng.pick(['NER', 'MLI', 'NGA', 'GIN', 'SDN', 'CIV']),
    isOrganiser: false,
    isKeyPlayer: false,
    home: [{ where: group === 'B' ? 'sfax' : 'agadez', weight: 1 }],
    stays: group === 'B' ? groupBJourney() : groupAJourney(group === 'A-early'),
    lines: [wholeLine(ids, simCountry)],
    // Family at home: Nigerien numbers, whatever SIM the migrant bought on the way.
    contacts: contactsFor(rng, ids, 'NE', 6),
    contactRate: 1.5,
  };
}

/** Personal counterparts, mostly from the person's own country. */
function contactsFor(rng: Rng, ids: IdentifierPool, home: Country, n: number): string[] {
  const abroad: readonly Country[] = ['LY', 'TN', 'NE', 'IT'];
  return Array.from({ length: n }, () => ids.phone(rng.chance(0.8) ? home : rng.pick(abroad)));
}
