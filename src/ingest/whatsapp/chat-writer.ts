import type { EventDraft, PropValue, RecordSink, RowRef } from '../contract.js';
import { readBody } from './body.js';
import type { Body } from './body.js';
import type { ChatPlan } from './chat-plan.js';
import { localToUtc, TieBreaker } from '../time/index.js';
import type { ChatUnit } from './message-units.js';
import { Participants, senderNumber } from './participants.js';
import type { ParticipantScope } from './participants.js';
import { resolveStamp } from './timestamp.js';
import type { DateOrder } from './timestamp.js';

export interface ChatWriterSetup {
  readonly sink: RecordSink;
  readonly zone: string;
  readonly order: DateOrder;
  readonly plan: ChatPlan;
  readonly groupKey: string;
  readonly participants: ParticipantScope;
}

// Numbers named in notices ("+7 999 999-99-99 joined using this group's invite link").
const NUMBER_IN_TEXT = /\+\d[\d\s\-()]{6,}\d/gu;

/** Writes the second pass: one event per message or notice, one reject per unreadable unit. */
export class ChatWriter {
  private readonly people: Participants;
  private readonly ties = new TieBreaker();
  private readonly members = new Set<string>();
  private groupId: string | undefined;
  private imported = 0;
  private rejected = 0;
  private flagged = 0;

  constructor(private readonly s: ChatWriterSetup) {
    this.people = new Participants(s.participants);
  }

  write(unit: Exclude<ChatUnit, { kind: 'blank' }>): void {
    if (unit.kind === 'orphan') {
      this.reject({ row: unit.row, field: 'line', code: 'WHATSAPP_UNPARSEABLE_LINE', raw: unit.raw });
      return;
    }
    const at: RowRef = { row: unit.row };
    const local = resolveStamp(unit.header.stamp, this.s.order);
    if (local === undefined) {
      const raw = `${unit.header.rawStamp} ${unit.rest}`;
      this.reject({ row: unit.row, field: 'timestamp', code: 'WHATSAPP_BAD_DATE', raw });
      return;
    }
    const instant = localToUtc(local, this.s.zone);
    if (instant.flag !== undefined) this.flagged += 1;
    const time = {
      raw: unit.header.rawStamp,
      zone: this.s.zone,
      ...(instant.flag ? { flag: instant.flag } : {}),
    };
    const body = readBody(unit.rest);
    const base = { time, platform: unit.header.platform, at };
    if (body.author === undefined) this.notice(body, instant.utcMs, base);
    else this.message(body, body.author, instant.utcMs, base);
  }

  counts(): { imported: number; rejected: number; notes: string[] } {
    const notes = this.flagged > 0 ? [`${this.flagged} local times fell in a DST fold or gap (flagged)`] : [];
    return { imported: this.imported, rejected: this.rejected, notes };
  }

  private message(body: Body, author: string, startUtcMs: number, base: EventBase): void {
    const from = this.people.idOf(author, base.at);
    const group = this.group(base.at);
    if (group !== undefined) this.member(from, group, base.at);
    const partner = this.s.plan.counterpart.get(author);
    const to = group ?? (partner === undefined ? undefined : this.people.idOf(partner, base.at));
    const props: Record<string, PropValue> = { body: body.kind };
    if (body.attachment !== undefined) props.attachment = body.attachment;
    this.event({ kind: 'message', from, to, text: body.text, props }, startUtcMs, base);
  }

  private notice(body: Body, startUtcMs: number, base: EventBase): void {
    const group = this.group(base.at);
    if (group !== undefined) {
      for (const m of body.text.matchAll(NUMBER_IN_TEXT)) {
        const number = senderNumber(m[0], this.s.participants.region);
        if (number !== undefined) this.member(this.people.idOf(m[0], base.at), group, base.at);
      }
    }
    this.event(
      { kind: 'incident', from: undefined, to: group, text: body.text, props: { body: 'system' } },
      startUtcMs,
      base,
    );
  }

  private event(e: EventCore, startUtcMs: number, base: EventBase): void {
    const ordinal = this.ties.ordinal(startUtcMs, e.kind, e.from, e.to);
    const props: Record<string, PropValue> = { ...e.props, platform: base.platform };
    if (this.s.plan.name !== undefined) props.chat = this.s.plan.name;
    const draft: EventDraft = {
      kind: e.kind,
      startUtcMs,
      ...(ordinal > 0 ? { ordinal } : {}),
      time: base.time,
      text: e.text,
      props,
      ...(e.from === undefined ? {} : { from: e.from }),
      ...(e.to === undefined ? {} : { to: e.to }),
    };
    this.s.sink.event(draft, base.at);
    this.imported += 1;
  }

  private group(at: RowRef): string | undefined {
    if (!this.s.plan.isGroup) return undefined;
    if (this.groupId === undefined) {
      const label = this.s.plan.name ?? 'WhatsApp group';
      this.groupId = this.s.sink.entity(
        {
          kind: 'account',
          key: `whatsapp-group:${this.s.groupKey}`,
          label,
          props: { service: 'whatsapp', chatType: 'group', name: label },
        },
        at,
      );
      const owner = this.s.participants.ownerId;
      if (owner !== undefined) this.member(owner, this.groupId, at);
    }
    return this.groupId;
  }

  private member(account: string, group: string, at: RowRef): void {
    if (this.members.has(account)) return;
    this.members.add(account);
    this.s.sink.link({ kind: 'member-of', from: account, to: group, basis: 'fact' }, at);
  }

  private reject(r: { row: number; field: string; code: string; raw: string }): void {
    this.s.sink.reject(r);
    this.rejected += 1;
  }
}

interface EventBase {
  readonly time: EventDraft['time'];
  readonly platform: string;
  readonly at: RowRef;
}

interface EventCore {
  readonly kind: 'message' | 'incident';
  readonly from: string | undefined;
  readonly to: string | undefined;
  readonly text: string;
  readonly props: Record<string, PropValue>;
}
