import type { RecordSink, RowRef } from '../contract.js';
import { normalisePhone } from '../../model/selectors/index.js';

/** How senders are turned into entities for one chat file. */
export interface ParticipantScope {
  readonly sink: RecordSink;
  /** Display names are address-book labels: meaningful only on the owner's phone, else in this file. */
  readonly scope: string;
  readonly region?: string;
  readonly ownerId?: string;
  readonly ownerName?: string;
  /** Alias context, e.g. `whatsapp chat.txt`. */
  readonly context: string;
}

type PhoneRegion = NonNullable<NonNullable<Parameters<typeof normalisePhone>[1]>['region']>;

// A sender shown as a number: "+44 7700 900456", "+7 999 999-99-99", "+410123456789".
const PHONE_LIKE = /^\+?[\d][\d\s\-().]{5,}$/u;

/** The E.164 number a sender name spells, if it is one. */
export function senderNumber(name: string, region: string | undefined): string | undefined {
  if (!PHONE_LIKE.test(name)) return undefined;
  const r = normalisePhone(name, region === undefined ? {} : { region: region as PhoneRegion });
  return r.ok && r.value.value.startsWith('+') ? r.value.value : undefined;
}

/** Resolves senders to account entities, writing each once at its first appearance. */
export class Participants {
  private readonly ids = new Map<string, string>();
  constructor(private readonly s: ParticipantScope) {}

  /** The account entity of a sender name, or of the owner when the name is `ownerName`. */
  idOf(name: string, at: RowRef): string {
    const known = this.ids.get(name);
    if (known !== undefined) return known;
    const id = this.create(name, at);
    this.ids.set(name, id);
    return id;
  }

  private create(name: string, at: RowRef): string {
    const { sink, ownerId, ownerName, context } = this.s;
    if (ownerId !== undefined && name === ownerName) {
      sink.alias({ entity: ownerId, name, holder: ownerId, context }, at);
      return ownerId;
    }
    const number = senderNumber(name, this.s.region);
    if (number !== undefined) return accountForNumber(sink, number, name, at);
    const id = sink.entity(
      {
        kind: 'account',
        naturalId: `whatsapp-name:${this.s.scope}:${name}`,
        label: name,
        props: { service: 'whatsapp', displayName: name, resolved: false },
      },
      at,
    );
    const holder = ownerId === undefined ? {} : { holder: ownerId };
    sink.alias({ entity: id, name, context, ...holder }, at);
    return id;
  }
}

/** A WhatsApp account registered on a number, linked to that number's phone entity. */
export function accountForNumber(sink: RecordSink, e164: string, raw: string, at: RowRef): string {
  const account = sink.entity(
    {
      kind: 'account',
      key: `whatsapp:${e164}`,
      label: raw,
      raw,
      props: { service: 'whatsapp', phone: e164 },
    },
    at,
  );
  const phone = sink.entity({ kind: 'phone', key: e164, label: e164, raw }, at);
  sink.link({ kind: 'uses', from: account, to: phone, basis: 'fact' }, at);
  return account;
}
