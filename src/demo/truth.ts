import { isoUtc, PERIOD_END_MS, PERIOD_START_MS, wallClock } from './clock.js';
import { GroundTruth, type GtFile } from './ground-truth.js';
import type { SavedContact } from './phonebook.js';
import { allNotices, knownLines } from './render-lists.js';
import type { ShownSender } from './render-whatsapp.js';
import { sceneCells } from './tower-dumps.js';
import type { ListedDocument } from './watchlist.js';
import type { World } from './world.js';
import type { Person } from './world-types.js';

/** What the writers produced that the truth refers to. */
export interface Artefacts {
  readonly files: readonly GtFile[];
  readonly sceneFiles: Readonly<Record<string, string>>;
  readonly captainPhone: string;
  readonly contacts: readonly SavedContact[];
  readonly groupSenders: readonly ShownSender[];
  readonly documents: readonly ListedDocument[];
}

/** Derives the ground truth from the world and the files written from it; parsed, so it always fits the schema. */
export function groundTruth(world: World, a: Artefacts): GroundTruth {
  const persons = world.cast.persons;
  const byRef = new Map(persons.map((p) => [p.ref, p]));
  const fold = world.dstFoldCall;
  const w = wallClock(fold.t, 'Europe/Rome');
  return GroundTruth.parse({
    schemaVersion: 1,
    seed: world.seed,
    scale: world.scale,
    period: { from: isoUtc(PERIOD_START_MS), to: isoUtc(PERIOD_END_MS) },
    persons: persons.map((p) => ({
      ref: p.ref,
      name: p.name,
      variants: p.variants,
      role: p.role,
      category: p.category,
      nationality: p.nationality,
      isOrganiser: p.isOrganiser,
      isKeyPlayer: p.isKeyPlayer,
      lines: p.lines.map((l) => ({
        phone: l.phone,
        imsi: l.imsi,
        iccid: l.iccid,
        imei: l.imei,
        from: isoUtc(l.fromMs),
        to: isoUtc(l.toMs),
      })),
      knownPhones: p.role === 'migrant' && !p.ref.startsWith('migrant-a') ? [] : knownLines(p),
    })),
    organisers: persons.filter((p) => p.isOrganiser).map((p) => p.ref),
    keyPlayers: persons.filter((p) => p.isKeyPlayer).map((p) => p.ref),
    replacements: [
      replacement(world, must(byRef, 'coordinator'), 'new-handset-and-sim'),
      replacement(world, must(byRef, 'sebha-driver'), 'sim-swap'),
    ],
    sharedDevices: [sharedDevice(must(byRef, 'hawala-tripoli'))],
    scenes: world.scenes.map((c) => ({
      id: c.scene.id,
      label: c.scene.label,
      place: c.scene.place,
      country: c.scene.country,
      cells: sceneCells(world, c.scene),
      from: isoUtc(c.scene.fromMs),
      to: isoUtc(c.scene.toMs),
      file: a.sceneFiles[c.scene.id] ?? '',
      crew: c.crew,
      migrants: c.migrants,
      backgroundCount: c.background.length,
      recurringBackground: c.recurring,
    })),
    aliases: [
      ...a.contacts.map((c) => ({
        phone: c.phone,
        name: c.name,
        holderPhone: a.captainPhone,
        source: 'ufed-contacts',
        ...(c.person ? { person: c.person } : {}),
      })),
      ...a.groupSenders
        .filter((s) => s.person !== 'captain-a' && !s.shown.startsWith('+'))
        .map((s) => ({
          phone: s.phone,
          name: s.shown,
          holderPhone: a.captainPhone,
          source: 'whatsapp-export',
          person: s.person,
        })),
    ],
    watchlist: [
      ...allNotices(world).map((n) => ({
        listRef: n.ref,
        kind: 'notice',
        colour: n.colour,
        listedName: n.listedName,
        person: n.person ?? null,
        basis: n.person ? 'name-variant' : 'none',
      })),
      ...a.documents.map((d) => ({
        listRef: d.ref,
        kind: 'document',
        documentNumber: d.number,
        mrz: [...d.mrz],
        person: d.carriedBy ?? null,
        basis: d.carriedBy ? 'document-number' : 'none',
      })),
    ],
    dstFold: {
      phones: [fold.from, fold.to],
      utc: isoUtc(fold.t),
      romeLocal: `${w.y}-${w.mo}-${w.d} ${w.h}:${w.mi}:${w.s}`,
    },
    files: a.files,
  });
}

function replacement(world: World, p: Person, kind: 'new-handset-and-sim' | 'sim-swap'): unknown {
  const [oldLine, newLine] = p.lines;
  if (!oldLine || !newLine) throw new Error(`${p.ref} has no replacement line`);
  const touching = (phone: string) => world.events.filter((e) => e.from === phone || e.to === phone);
  const oldEvents = touching(oldLine.phone);
  const newEvents = touching(newLine.phone);
  const others = (phone: string, es: typeof oldEvents): Set<string> =>
    new Set(es.map((e) => (e.from === phone ? e.to : e.from)).filter((x): x is string => x !== undefined));
  const oldOthers = others(oldLine.phone, oldEvents);
  const shared = [...others(newLine.phone, newEvents)].filter((x) => oldOthers.has(x)).sort();
  return {
    person: p.ref,
    kind,
    oldPhone: oldLine.phone,
    newPhone: newLine.phone,
    oldLastSeen: isoUtc(oldEvents.at(-1)?.t ?? oldLine.toMs),
    newFirstSeen: isoUtc(newEvents[0]?.t ?? newLine.fromMs),
    sharedCounterparts: shared,
    sameImei: oldLine.imei === newLine.imei,
  };
}

function sharedDevice(p: Person): unknown {
  return {
    person: p.ref,
    imei: p.lines[0]?.imei ?? '',
    phones: [...new Set(p.lines.map((l) => l.phone))],
    imsis: [...new Set(p.lines.map((l) => l.imsi))],
  };
}

function must(byRef: ReadonlyMap<string, Person>, ref: string): Person {
  const p = byRef.get(ref);
  if (!p) throw new Error(`unknown person ${ref}`);
  return p;
}
