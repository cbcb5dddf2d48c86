import { at, DAY_MS, isoInZone } from './clock.js';
import { CAPTAIN_CHAT, SMS_FAMILY, SMS_WORK, type Scripted } from './chat-scripts.js';
import { PLACES, type PlaceId } from './geography.js';
import { captainPhonebook, type SavedContact } from './phonebook.js';
import type { Rng } from './random.js';
import { EXTRACTION_TIME } from './story.js';
import type { World } from './world.js';
import type { Line } from './world-types.js';

const ZONE = 'Africa/Tripoli';
const cdata = (s: string): string => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const field = (name: string, type: string, v: string): string =>
  `<field name="${name}" type="${type}"><value type="${type}">${cdata(v)}</value></field>`;
const stamp = (name: string, ms: number): string => {
  const iso = isoInZone(ms, ZONE);
  return `<field name="${name}" type="TimeStamp"><value type="TimeStamp" format="TimeStampKnown" formattedTimestamp="${iso}">${iso}</value></field>`;
};
const span = (s: number): string =>
  [Math.floor(s / 3600), Math.floor(s / 60) % 60, s % 60].map((n) => String(n).padStart(2, '0')).join(':');

/** What the extraction holds, counted the way the UFED importer counts units (models and chat messages). */
export interface UfedContent {
  readonly xml: string;
  readonly units: number;
  readonly owner: Line;
  readonly contacts: readonly SavedContact[];
}

/** The seized phone's UFED report.xml: device, SIM, address book, the last 30 days of calls and SMS, a chat, locations. */
export function renderCaptainUfed(world: World, rng: Rng): UfedContent {
  const captain = world.cast.persons.find((p) => p.ref === 'captain-a');
  const owner = captain?.lines[0];
  if (!captain || !owner) throw new Error('the cast has no captain-a');
  let n = 0;
  const open = (type: string, state = 'Intact'): string => {
    n += 1;
    return `<model type="${type}" id="00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}" deleted_state="${state}" decoding_confidence="High" isrelated="False" extractionId="0">`;
  };
  const contacts = captainPhonebook(world);
  const nameOf = new Map(contacts.map((c) => [c.phone, c.name]));
  const party = (id: string, role: string): string => {
    const name = nameOf.get(id.replace(/@.*$/u, '').replace(/^(?=\d)/u, '+'));
    return `${open('Party', 'Unknown')}${field('Identifier', 'String', id)}${field('Role', 'PartyRole', role)}${name === undefined ? '' : field('Name', 'String', name)}</model>`;
  };
  const since = EXTRACTION_TIME - 30 * DAY_MS;
  const mine = world.events.filter(
    (e) => e.t >= since && (e.from === owner.phone || e.to === owner.phone) && e.kind !== 'data',
  );
  const calls = mine.filter((e) => e.kind === 'call');
  const sms = mine.filter((e) => e.kind === 'sms');
  const blocks: [string, string[]][] = [
    [
      'SIMData',
      [
        ['ICCID', owner.iccid],
        ['IMSI', owner.imsi],
      ].map(
        ([k, v]) =>
          `${open('SIMData')}${field('Name', 'String', k ?? '')}${field('Value', 'String', v ?? '')}</model>`,
      ),
    ],
    [
      'Contact',
      contacts.map(
        (c) =>
          `${open('Contact')}${field('Name', 'String', c.name)}${field('Source', 'String', 'Phone')}<multiModelField name="Entries" type="ContactEntry">${open('PhoneNumber', 'Unknown')}${field('Category', 'String', 'Mobile')}${field('Value', 'String', c.phone)}</model></multiModelField></model>`,
      ),
    ],
    [
      'Call',
      calls.map((e) => {
        const out = e.from === owner.phone;
        return `${open('Call')}${field('Source', 'String', 'Phone')}${field('Direction', 'CallDirection', out ? 'Outgoing' : 'Incoming')}${stamp('TimeStamp', e.t)}${field('Duration', 'TimeSpan', span(e.durationS))}<multiModelField name="Parties" type="Party">${party(out ? (e.to ?? '') : e.from, out ? 'To' : 'From')}</multiModelField></model>`;
      }),
    ],
    [
      'SMS',
      sms.map((e) => {
        const out = e.from === owner.phone;
        const other = out ? (e.to ?? '') : e.from;
        const body = rng.pick(
          world.cast.persons.some((p) => p.role !== 'relative' && p.lines.some((l) => l.phone === other))
            ? SMS_WORK
            : SMS_FAMILY,
        );
        return `${open('SMS')}${field('Source', 'String', 'Phone')}${field('Folder', 'String', out ? 'Sent' : 'Inbox')}${stamp('TimeStamp', e.t)}${field('Body', 'String', body)}<multiModelField name="Parties" type="Party">${party(other, out ? 'To' : 'From')}</multiModelField></model>`;
      }),
    ],
    ['Chat', [chat(world, owner, open, party)]],
    [
      'Location',
      locations(rng).map(([t, place]) => {
        const p = PLACES.find((x) => x.id === place);
        const lat = ((p?.lat ?? 0) + (rng.next() - 0.5) * 0.002).toFixed(6);
        const lon = ((p?.lon ?? 0) + (rng.next() - 0.5) * 0.002).toFixed(6);
        return `${open('Location')}${stamp('TimeStamp', t)}${field('Source', 'String', 'Google Maps')}<modelField name="Position" type="Coordinate">${open('Coordinate', 'Unknown')}${field('Latitude', 'Double', lat)}${field('Longitude', 'Double', lon)}</model></modelField></model>`;
      }),
    ],
  ];
  const body = blocks
    .map(([type, models]) => `<modelType type="${type}">\n${models.join('\n')}\n</modelType>`)
    .join('\n');
  const xml = `<?xml version="1.0" encoding="utf-8"?>
<project xmlns="http://pa.cellebrite.com/report/2.0" id="00000000-0000-4000-8000-00000000d3e0" name="EXHIBIT LMP-7 (captain, Lampedusa landing)" reportVersion="7.60" containsGarbage="False" extractionType="Full">
<sourceExtractions><extractionInfo id="0" name="Full File System" type="FileSystem" deviceName="Samsung Galaxy A12" index="0"/></sourceExtractions>
<caseInformation><field name="Case Number" fieldType="CaseNumber">DEMO-ZUWARA-2026</field></caseInformation>
<metadata section="Device Info"><item name="IMEI">${cdata(owner.imei)}</item><item name="MSISDN">${cdata(owner.phone)}</item></metadata>
<decodedData>
${body}
</decodedData>
</project>
`;
  const units = blocks.reduce((s, [, models]) => s + models.length, 0) + CAPTAIN_CHAT.length;
  return { xml, units, owner, contacts };
}

function chat(
  world: World,
  owner: Line,
  open: (t: string, s?: string) => string,
  party: (id: string, role: string) => string,
): string {
  const coordinator = world.cast.persons.find((p) => p.ref === 'coordinator');
  const newLine = coordinator?.lines[1];
  if (!newLine) throw new Error('the coordinator has no second line');
  const jid = (phone: string): string => `${phone.slice(1)}@s.whatsapp.net`;
  const messages = CAPTAIN_CHAT.map(([day, hh, mm, who, text]: Scripted) => {
    const from = who === 'captain-a' ? owner.phone : newLine.phone;
    return `${open('InstantMessage')}${field('Source', 'String', 'WhatsApp')}${field('Body', 'String', text)}${stamp('TimeStamp', at(day, hh, mm))}<modelField name="From" type="Party">${party(jid(from), 'From')}</modelField></model>`;
  });
  return `${open('Chat')}${field('Source', 'String', 'WhatsApp')}${field('Id', 'String', jid(newLine.phone))}${field('Account', 'String', jid(owner.phone))}<multiModelField name="Participants" type="Party">${party(jid(newLine.phone), 'General')}</multiModelField><multiModelField name="Messages" type="InstantMessage">${messages.join('')}</multiModelField></model>`;
}

/** GPS fixes: midday at home in Zuwara, and the two scenes he was at before the departure. */
function locations(rng: Rng): [number, PlaceId][] {
  const home: [number, PlaceId][] = Array.from({ length: 10 }, (_, i) => [
    at(50 + i, 12, rng.int(0, 59)),
    'zuwara',
  ]);
  return [
    ...home,
    [at(59, 21, 40), 'sabratha-safehouse'],
    [at(59, 25, 10), 'sabratha-safehouse'],
    [at(60, 23, 50), 'zuwara-beach'],
    [at(60, 26, 30), 'zuwara-beach'],
  ];
}
