import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemorySink } from '../test-support/memory-sink.js';
import { inputFor } from '../whatsapp/test-helpers.js';
import type { ImportInput } from '../contract.js';
import { vcardImporter } from './index.js';
import { realData } from '../test-support/real-data.js';

const REAL = realData('vcard_samples');
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function importCards(path: string, extra: Partial<ImportInput> = {}) {
  const sink = new MemorySink();
  const outcome = await vcardImporter.run(
    inputFor(path, extra),
    vcardImporter.options.parse({}),
    sink,
    () => {},
  );
  const persons = sink.entities.filter((e) => e.draft.kind === 'person');
  expect(outcome.rowsIn).toBe(persons.length + sink.rejects.length);
  return { sink, persons, outcome };
}
const phonesOf = (sink: MemorySink, person: string) =>
  sink.links
    .filter((l) => l.draft.from === person && l.draft.kind === 'uses')
    .map((l) => sink.entities.find((e) => e.id === l.draft.to && e.draft.kind === 'phone')?.draft.key)
    .filter((k) => k !== undefined)
    .sort();

// Facts read from each file by hand: [file, cards, first card's label, phone keys of the first card (region US)].
const CASES: readonly [string, number, string | undefined, number][] = [
  ['John_Doe_ANDROID.vcf', 6, undefined, 1],
  ['John_Doe_BLACK_BERRY.vcf', 1, 'John Doe', 1],
  ['John_Doe_EVOLUTION.vcf', 1, 'Mr. John Richter, James Doe Sr.', 3],
  ['John_Doe_GMAIL.vcf', 1, 'Mr. John Richter, James Doe Sr.', 3],
  ['John_Doe_IPHONE.vcf', 1, 'Mr. John Richter James Doe Sr.', 8],
  ['John_Doe_LOTUS_NOTES.vcf', 1, 'Mr. Doe John I Johny', 3],
  ['John_Doe_MAC_ADDRESS_BOOK.vcf', 1, 'Mr. John Richter,James Doe Sr.', 8],
  ['John_Doe_MS_OUTLOOK.vcf', 1, 'Mr. John Richter James Doe Sr.', 3],
  ['aleph_ingest-file_multiline_quoted_printable.vcf', 1, 'Max Müüüüüller', 1],
  ['fullcontact.vcf', 1, 'Prefix FirstName MiddleName LastName Suffix', 14],
  ['gmail-list.vcf', 3, 'Arnold Smith', 1],
  ['gmail-single.vcf', 1, 'Greg Dartmouth', 3],
  ['gmail-single2.vcf', 1, 'VCard Test', 16],
  ['issue114.vcf', 1, 'Dummy, Dummy', 3],
  ['outlook-2003.vcf', 1, 'John Doe III', 1],
  ['outlook-2007.vcf', 1, 'Mr. Michael Angstadt Jr.', 5],
  ['rfc2426-example.vcf', 2, 'Frank Dawson', 4],
  ['rfc6350-example.vcf', 1, 'Simon Perreault', 3],
  ['thunderbird-MoreFunctionsForAddressBook-extension.vcf', 1, 'John Doe', 10],
];

describe('vcard importer on real samples', () => {
  for (const [file, cards, label, links] of CASES) {
    it(`imports ${file}`, async () => {
      const { sink, persons } = await importCards(`${REAL}/${file}`, { region: 'US' });
      expect(persons).toHaveLength(cards);
      expect(persons[0]?.draft.label).toBe(label);
      expect(persons[0]?.at.row).toBe(1);
      const first = persons[0]?.id ?? '';
      expect(sink.links.filter((l) => l.draft.from === first && l.draft.kind === 'uses')).toHaveLength(links);
    });
  }

  it('normalises BlackBerry +96123456789 and aliases it with FN, held by the owner', async () => {
    const { sink, persons } = await importCards(`${REAL}/John_Doe_BLACK_BERRY.vcf`, {
      owner: '+447700900001',
    });
    expect(phonesOf(sink, persons[0]?.id ?? '')).toEqual(['+96123456789']);
    const owner = sink.entities.find((e) => e.draft.key === '+447700900001')?.id;
    expect(sink.aliases.map((a) => a.draft)).toContainEqual({
      entity: sink.entities.find((e) => e.draft.key === '+96123456789')?.id,
      name: 'John Doe',
      holder: owner,
      context: 'vcard John_Doe_BLACK_BERRY.vcf',
    });
  });

  it('reads RFC 6350 tel: URIs with ext, quoted TYPE lists and folded ADR', async () => {
    const { sink, persons } = await importCards(`${REAL}/rfc6350-example.vcf`);
    expect(phonesOf(sink, persons[0]?.id ?? '')).toEqual(['+14182626501', '+14186569254']);
    const work = sink.links.find((l) => l.draft.props?.types === 'WORK,VOICE');
    expect(work).toBeDefined();
    const frank = await importCards(`${REAL}/rfc2426-example.vcf`);
    expect(frank.persons[0]?.draft.props?.address).toBe(
      '6544 Battleford Drive, Raleigh, NC, 27613-3502, U.S.A.',
    );
    expect(frank.persons[1]?.at.row).toBe(13);
  });

  it('keeps placeholder and invalid numbers as TEL rejects with their line', async () => {
    const { sink } = await importCards(`${REAL}/outlook-2003.vcf`, { region: 'US' });
    expect(sink.rejects.map((r) => [r.field, r.code, r.raw])).toContainEqual([
      'TEL',
      'VCARD_BAD_TEL',
      'BusinessPhone',
    ]);
    expect(sink.rejects).toHaveLength(4);
  });

  it('decodes QP with soft line breaks and CHARSET in Android 2.1 cards', async () => {
    const { persons } = await importCards(`${REAL}/John_Doe_ANDROID.vcf`, { region: 'US' });
    expect(persons[3]?.draft.label).toBe('Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ Ñ');
    expect(persons[3]?.at.row).toBe(18);
  });

  it('labels iPhone grouped TELs with their X-ABLabel', async () => {
    const { sink } = await importCards(`${REAL}/John_Doe_IPHONE.vcf`, { region: 'US' });
    expect(sink.links.some((l) => typeof l.draft.props?.label === 'string')).toBe(true);
    expect(sink.rejects).toEqual([]);
  });
});

describe('vcard importer on a truncated, garbled file', () => {
  it('imports the good card, rejects the bad line, the bad TEL, the stray line and the cut card', async () => {
    const { sink, persons } = await importCards(fixture('truncated-garbled.vcf'));
    expect(persons).toHaveLength(1);
    expect(phonesOf(sink, persons[0]?.id ?? '')).toEqual(['+218912345678']);
    expect(sink.links[0]?.draft.props).toMatchObject({ types: 'CELL', label: 'Mobile' });
    expect(sink.rejects.map((r) => [r.row, r.field, r.code])).toEqual([
      [6, 'line', 'VCARD_UNPARSEABLE_LINE'],
      [7, 'TEL', 'VCARD_BAD_TEL'],
      [9, 'line', 'VCARD_STRAY_LINE'],
      [10, 'END', 'VCARD_TRUNCATED'],
    ]);
  });
});
