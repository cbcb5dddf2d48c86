import { seededRandom } from '../../model/index.js';
import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import type { Writable } from 'node:stream';

/** What to generate: `models` top-level models, or stop once `bytes` have been written. */
export interface GenerateOptions {
  readonly path: string;
  readonly seed: number;
  readonly models?: number;
  readonly bytes?: number;
  /** Messages per generated chat. */
  readonly messagesPerChat?: number;
}

/** What was written, so a round trip can check the importer's counts. */
export interface GeneratedReport {
  readonly bytes: number;
  /** Top-level models written, by type. */
  readonly models: Readonly<Record<string, number>>;
  /** Input units the importer should count (`rowsIn`): every modelled top model plus every chat message. */
  readonly units: number;
}

const TYPES = ['Call', 'SMS', 'Contact', 'Chat', 'Location', 'CellTower', 'InstalledApplication'] as const;
type GenType = (typeof TYPES)[number];
const BLOCK = 50;
const OWNER = '+447700900001';
const T0 = Date.UTC(2024, 0, 1);

const cdata = (s: string): string => `<![CDATA[${s.replaceAll(']]>', ']]]]><![CDATA[>')}]]>`;
const field = (name: string, type: string, v: string): string =>
  `<field name="${name}" type="${type}"><value type="${type}">${cdata(v)}</value></field>`;
const ts = (name: string, ms: number): string => {
  const iso = new Date(ms).toISOString().replace('Z', '+00:00');
  return `<field name="${name}" type="TimeStamp"><value type="TimeStamp" format="TimeStampKnown" formattedTimestamp="${iso}">${iso}</value></field>`;
};

class Writer {
  private n = 0;
  constructor(
    readonly rand: () => number,
    readonly messagesPerChat: number,
  ) {}
  id(): string {
    this.n += 1;
    return `00000000-0000-4000-8000-${this.n.toString(16).padStart(12, '0')}`;
  }
  number(): string {
    return `+447700900${String(100 + Math.floor(this.rand() * 899)).padStart(3, '0')}`;
  }
  time(): number {
    return T0 + Math.floor(this.rand() * 300 * 86_400) * 1000;
  }
  open(type: string, deleted = 'Intact'): string {
    return `<model type="${type}" id="${this.id()}" deleted_state="${deleted}" decoding_confidence="High" isrelated="False" extractionId="0">`;
  }
  party(identifier: string, role: string, name?: string): string {
    const nameField =
      name !== undefined
        ? field('Name', 'String', name)
        : '<field name="Name" type="String"><empty/></field>';
    return `${this.open('Party', 'Unknown')}${field('Identifier', 'String', identifier)}${field('Role', 'PartyRole', role)}${nameField}</model>`;
  }
  text(): string {
    const words = [
      'boat',
      'tomorrow',
      'price',
      'passport',
      'call me',
      'بكرة',
      'ok',
      'Libya',
      'money sent',
      'wait',
    ];
    return Array.from(
      { length: 1 + Math.floor(this.rand() * 12) },
      () => words[Math.floor(this.rand() * words.length)],
    ).join(' ');
  }

  model(type: GenType): string {
    const r = this.rand;
    switch (type) {
      case 'Call': {
        const out = r() < 0.5;
        const dur = `00:${String(Math.floor(r() * 60)).padStart(2, '0')}:${String(Math.floor(r() * 60)).padStart(2, '0')}`;
        return `${this.open('Call')}${field('Source', 'String', 'Phone')}${field('Direction', 'CallDirection', out ? 'Outgoing' : 'Incoming')}${ts('TimeStamp', this.time())}${field('Duration', 'TimeSpan', dur)}<multiModelField name="Parties" type="Party">${this.party(this.number(), out ? 'To' : 'From')}</multiModelField></model>`;
      }
      case 'SMS': {
        const out = r() < 0.5;
        return `${this.open('SMS')}${field('Source', 'String', 'Phone')}${field('Folder', 'String', out ? 'Sent' : 'Inbox')}${ts('TimeStamp', this.time())}${field('Body', 'String', this.text())}<multiModelField name="Parties" type="Party">${this.party(this.number(), out ? 'To' : 'From')}</multiModelField></model>`;
      }
      case 'Contact':
        return `${this.open('Contact')}${field('Name', 'String', `Contact ${Math.floor(r() * 1000)}`)}${field('Source', 'String', 'Phone')}<multiModelField name="Entries" type="ContactEntry">${this.open('PhoneNumber', 'Unknown')}${field('Value', 'String', this.number())}${field('Category', 'String', 'Mobile')}</model></multiModelField></model>`;
      case 'Chat': {
        const other = this.number().slice(1);
        const messages = Array.from({ length: this.messagesPerChat }, () => {
          const mine = r() < 0.5;
          const from = mine
            ? this.party(`${OWNER.slice(1)}@s.whatsapp.net`, 'From')
            : this.party(`${other}@s.whatsapp.net`, 'From', 'Abu');
          return `${this.open('InstantMessage')}${field('Source', 'String', 'WhatsApp')}${ts('TimeStamp', this.time())}${field('Body', 'String', this.text())}<modelField name="From" type="Party">${from}</modelField></model>`;
        }).join('');
        return `${this.open('Chat')}${field('Source', 'String', 'WhatsApp')}${field('Id', 'String', `${other}@s.whatsapp.net`)}${field('Account', 'String', `${OWNER.slice(1)}@s.whatsapp.net`)}<multiModelField name="Participants" type="Party">${this.party(`${other}@s.whatsapp.net`, 'General', 'Abu')}</multiModelField><multiModelField name="Messages" type="InstantMessage">${messages}</multiModelField></model>`;
      }
      case 'Location': {
        const lat = (30 + r() * 10).toFixed(6);
        const lon = (10 + r() * 10).toFixed(6);
        return `${this.open('Location')}${ts('TimeStamp', this.time())}<modelField name="Position" type="Coordinate">${this.open('Coordinate', 'Unknown')}${field('Latitude', 'Double', lat)}${field('Longitude', 'Double', lon)}</model></modelField></model>`;
      }
      case 'CellTower':
        return `${this.open('CellTower')}${field('MCC', 'String', '606')}${field('MNC', 'String', '01')}${field('LAC', 'String', String(100 + Math.floor(r() * 50)))}${field('CID', 'String', String(1000 + Math.floor(r() * 5000)))}${ts('TimeStamp', this.time())}</model>`;
      case 'InstalledApplication':
        return `${this.open('InstalledApplication')}${field('Name', 'String', 'Some App')}${field('Identifier', 'String', 'com.example.app')}</model>`;
      default: {
        const never: never = type;
        return never;
      }
    }
  }
}

async function put(out: Writable, s: string): Promise<number> {
  if (!out.write(s)) await once(out, 'drain');
  return Buffer.byteLength(s);
}

/**
 * Writes a synthetic, deterministic UFED report.xml (seeded) of mixed model types, streaming to `path`
 * so reports of gigabytes can be generated in bounded memory. Numbers are in the Ofcom drama range.
 */
export async function generateUfedReport(opts: GenerateOptions): Promise<GeneratedReport> {
  const w = new Writer(seededRandom(opts.seed), opts.messagesPerChat ?? 3);
  const out = createWriteStream(opts.path);
  const models: Record<string, number> = {};
  let units = 0;
  let total = 0;
  let written = 0;
  const isDone = () =>
    (opts.models !== undefined && total >= opts.models) ||
    (opts.bytes !== undefined && written >= opts.bytes);
  written += await put(
    out,
    `<?xml version="1.0" encoding="utf-8"?>\n<project xmlns="http://pa.cellebrite.com/report/2.0" id="00000000-0000-4000-8000-000000000000" name="SYNTHETIC" reportVersion="7.60" containsGarbage="False" extractionType="Full">\n<metadata section="Device Info"><item name="IMEI"><![CDATA[001245000000018]]></item><item name="MSISDN"><![CDATA[${OWNER}]]></item></metadata>\n<decodedData>\n`,
  );
  while (!isDone()) {
    for (const type of TYPES) {
      const n = opts.models !== undefined ? Math.min(BLOCK, opts.models - total) : BLOCK;
      if (n <= 0 || isDone()) break;
      let block = `<modelType type="${type}">`;
      for (let i = 0; i < n; i++) block += w.model(type);
      written += await put(out, `${block}</modelType>\n`);
      models[type] = (models[type] ?? 0) + n;
      total += n;
      if (type !== 'InstalledApplication') units += n * (type === 'Chat' ? 1 + w.messagesPerChat : 1);
    }
  }
  written += await put(out, '</decodedData>\n</project>\n');
  out.end();
  await once(out, 'finish');
  return { bytes: written, models, units };
}
