import { isoUtc, PERIOD_START_MS } from './clock.js';
import { MISSING_MINOR } from './cast.js';
import { NOTICES, type ListedDocument, type NoticeSpec } from './watchlist.js';
import type { World } from './world.js';
import type { Person } from './world-types.js';

type Json = Record<string, unknown>;
const jsonl = (lines: readonly Json[]): string => lines.map((l) => JSON.stringify(l)).join('\n') + '\n';

/** Every notice, including the yellow notice on the missing minor, whose name the seed draws. */
export function allNotices(world: World): NoticeSpec[] {
  const minor = world.cast.persons.find((p) => p.ref === MISSING_MINOR);
  const [given = '', ...family] = (minor?.variants[0] ?? 'Unknown Minor').split(' ');
  const yellow: NoticeSpec = {
    ref: 'wl-yellow-1',
    colour: 'yellow',
    listedName: `${family.join(' ').toUpperCase()}, ${given}`,
    dob: '2010-07-15',
    nationality: 'NER',
    person: MISSING_MINOR,
  };
  return [...NOTICES, yellow];
}

/** The watch list as `entities` JSON lines: notices on persons and stolen or lost passports. */
export function renderWatchlist(world: World, documents: readonly ListedDocument[]): string {
  const category = { red: 'suspect', blue: 'other-party', yellow: 'victim' } as const;
  const persons = allNotices(world).map((n) => ({
    record: 'entity',
    kind: 'person',
    ref: n.ref,
    label: n.listedName,
    category: category[n.colour],
    grading: 'eu4x4:A1:H1',
    props: {
      notice: n.colour,
      noticeId: `DEMO-${n.colour.toUpperCase()}-${n.ref.slice(-1)}`,
      dob: n.dob,
      nationality: n.nationality,
      list: 'INTERPOL notices (synthetic extract)',
    },
  }));
  const docs = documents.map((d) => ({
    record: 'entity',
    kind: 'document',
    ref: d.ref,
    value: d.number,
    label: `Passport ${d.holder.issuingState} ${d.number}`,
    grading: 'eu4x4:A1:H1',
    props: {
      status: d.status,
      documentType: 'P',
      issuingState: d.holder.issuingState,
      holder: `${d.holder.surname}, ${d.holder.givenNames}`,
      mrz1: d.mrz[0],
      mrz2: d.mrz[1],
      list: 'SLTD (synthetic extract)',
    },
  }));
  return jsonl([...persons, ...docs]);
}

/** Numbers the investigation knew from subscriber records before any analysis: not the replacements. */
export function knownLines(p: Person): string[] {
  const phones = [...new Set(p.lines.map((l) => l.phone))];
  return p.ref === 'coordinator' || p.ref === 'sebha-driver' || p.ref === 'hawala-tripoli'
    ? phones.slice(0, 1)
    : phones;
}

/** The case's own intelligence as `entities` JSON lines: persons, known numbers, a document, assessments. */
export function renderCaseIntel(world: World, documents: readonly ListedDocument[]): string {
  const persons = world.cast.persons.filter((p) => p.role !== 'migrant' || p.ref.startsWith('migrant-a'));
  const lines: Json[] = [
    {
      record: 'entity',
      kind: 'organisation',
      ref: 'org-network',
      label: 'Zuwara–Agadez smuggling network (working name)',
    },
  ];
  for (const p of persons) {
    // Migrants were identified in interviews after landing (A1); members by informants and records (B2).
    const grading = p.role === 'migrant' ? 'admiralty:A1' : 'admiralty:B2';
    lines.push({
      record: 'entity',
      kind: 'person',
      ref: p.ref,
      label: p.name,
      category: p.category,
      grading,
      props: { nationality: p.nationality },
    });
  }
  for (const p of persons) {
    for (const phone of knownLines(p)) {
      lines.push({
        record: 'link',
        kind: 'uses',
        from: p.ref,
        to: `phone:${phone}`,
        basis: 'fact',
        grading: 'eu4x4:A1:H2',
        validFrom: isoUtc(PERIOD_START_MS),
      });
    }
    if (p.role !== 'migrant' && p.role !== 'relative') {
      lines.push({
        record: 'link',
        kind: 'member-of',
        from: p.ref,
        to: 'org-network',
        basis: 'assessment',
        grading: 'admiralty:B2',
      });
    }
  }
  for (const d of documents.filter((x) => x.carriedBy !== undefined)) {
    lines.push({
      record: 'entity',
      kind: 'document',
      ref: `seized-${d.ref}`,
      value: d.number,
      label: `Passport presented at the Ras Ajdir crossing`,
      grading: 'admiralty:A1',
    });
    lines.push({
      record: 'link',
      kind: 'owns',
      from: d.carriedBy,
      to: `seized-${d.ref}`,
      basis: 'fact',
      grading: 'admiralty:A1',
      props: { context: 'presented at the Ras Ajdir crossing, 30 Sep 2026' },
    });
  }
  lines.push({
    record: 'link',
    kind: 'associate',
    from: 'coordinator',
    to: 'agadez-boss',
    basis: 'assessment',
    grading: 'admiralty:B3',
    props: {
      assessment:
        'The two organisers plan departures together: call pattern before each convoy and an informant report.',
    },
  });
  return jsonl(lines);
}
