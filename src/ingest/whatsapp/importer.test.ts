import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemorySink } from '../test-support/memory-sink.js';
import { whatsappImporter } from './index.js';
import { inputFor } from './test-helpers.js';
import type { ImportInput } from '../contract.js';
import { realData } from '../test-support/real-data.js';

const REAL = realData('whatsapp_exports');
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function importChat(path: string, extra: Partial<ImportInput> = {}, options: object = {}) {
  const sink = new MemorySink();
  const input = inputFor(path, { tz: 'Europe/London', ...extra });
  const outcome = await whatsappImporter.run(input, whatsappImporter.options.parse(options), sink, () => {});
  expect(outcome.rowsIn).toBe(sink.events.length + sink.rejects.length);
  return { sink, outcome };
}
const eventAt = (sink: MemorySink, row: number) => sink.events.find((e) => e.at.row === row)?.draft;

describe('whatsapp importer on real exports', () => {
  it('reads Android English: 60 messages, attachment name, row provenance', async () => {
    const { sink } = await importChat(`${REAL}/whats_json/languages/english_android.txt`);
    expect(sink.events).toHaveLength(60);
    expect(eventAt(sink, 2)).toMatchObject({
      kind: 'message',
      text: 'Hello',
      startUtcMs: Date.UTC(2022, 2, 18, 14, 56),
    });
    expect(eventAt(sink, 2)?.time).toEqual({ raw: '18/03/2022, 14:56', zone: 'Europe/London' });
    expect(eventAt(sink, 13)?.props).toMatchObject({ body: 'attachment', attachment: 'Alex.vcf' });
    expect(eventAt(sink, 1)).toMatchObject({ kind: 'incident' });
    expect(sink.events.filter((e) => e.draft.props?.body === 'deleted')).toHaveLength(8);
    // One-to-one: Dmitry S and Elon write to each other.
    const hello = eventAt(sink, 2);
    expect(hello?.to).toBeDefined();
    expect(hello?.to).not.toBe(hello?.from);
  });

  it('reads Arabic iOS: Arabic-Indic digits, RLM marks, م = PM, BST', async () => {
    const { sink } = await importChat(`${REAL}/whats_json/languages/arabic_ios.txt`);
    expect(eventAt(sink, 2)).toMatchObject({
      text: 'Hello World',
      startUtcMs: Date.UTC(2022, 2, 27, 20, 41, 35),
    });
    expect(eventAt(sink, 1)?.kind).toBe('incident');
  });

  it('reads Japanese-era, Buddhist and time-first stamps to the same instant', async () => {
    const want = Date.UTC(2022, 2, 27, 20, 41, 35);
    for (const f of ['calendars/Japanese iOS.txt', 'calendars/Buddhist iOS.txt', 'ios/iOS Vietnamese.txt']) {
      const { sink } = await importChat(`${REAL}/whats_json/${f}`);
      expect(eventAt(sink, 2)?.startUtcMs).toBe(want);
    }
  });

  it('reads the _chat.txt inside an iOS ZIP export', async () => {
    const { sink } = await importChat(`${REAL}/whats_json/ios/WhatsApp Chat - Elon Musk (RU).zip`);
    expect(sink.events).toHaveLength(25);
    expect(eventAt(sink, 2)).toMatchObject({
      text: 'Hello World',
      startUtcMs: Date.UTC(2022, 2, 27, 20, 41, 35),
    });
    expect(sink.aliases.some((a) => a.draft.name === 'Dmitry Starkov')).toBe(true);
  });

  it('treats iOS security-code notices as incidents, not messages', async () => {
    const { sink } = await importChat(`${REAL}/whats_json/ios/WhatsApp Chat - Elon Musk (EN).txt`);
    expect(eventAt(sink, 24)?.kind).toBe('incident');
    expect(eventAt(sink, 21)).toMatchObject({ kind: 'message', props: { body: 'deleted' } });
  });

  it('models pokemon.txt as a group with members', async () => {
    const { sink } = await importChat(`${REAL}/whatstk/pokemon.txt`);
    expect(sink.events).toHaveLength(20);
    expect(eventAt(sink, 3)).toMatchObject({ text: 'Hey guys!', startUtcMs: Date.UTC(2016, 7, 6, 12, 23) });
    const group = sink.entities.find((e) => e.draft.key?.startsWith('whatsapp-group:'));
    expect(group?.draft.label).toBe('Pokemon Chat');
    expect(
      new Set(sink.links.filter((l) => l.draft.kind === 'member-of').map((l) => l.draft.from)).size,
    ).toBe(8);
    expect(sink.aliases.some((a) => a.draft.name === 'Ash Ketchum')).toBe(true);
  });

  it('reads lorem-2000 (year-first, no order needed) and keeps same-minute messages apart', async () => {
    const { sink, outcome } = await importChat(`${REAL}/whatstk/lorem-2000.txt`);
    expect(outcome.rowsIn).toBe(2000);
    expect(new Set(sink.events.map((e) => e.id)).size).toBe(2000);
  });

  it('refuses a file that never settles day-month order, and reads it with dateOrder', async () => {
    const path = `${REAL}/whatsapp-chat-parser/short-chat.txt`;
    await expect(importChat(path)).rejects.toMatchObject({ code: 'WHATSAPP_AMBIGUOUS_DATE_ORDER' });
    const { sink, outcome } = await importChat(path, {}, { dateOrder: 'day-first' });
    expect(outcome.notes.some((n) => n.includes('not settled'))).toBe(true);
    expect(eventAt(sink, 5)).toMatchObject({ text: 'How are you?\n\nIs everything alright?' });
    // 9 April 2017 01:50 BST.
    expect(eventAt(sink, 5)?.startUtcMs).toBe(Date.UTC(2017, 3, 9, 0, 50));
  });

  it('makes number senders whatsapp:<E.164> accounts, incl. numbers named in notices', async () => {
    const path = `${REAL}/whats_json/android/WhatsApp Chat with Group Chat XXX Android.txt`;
    const { sink } = await importChat(path, {}, { dateOrder: 'day-first' });
    const acc = sink.entities.find((e) => e.draft.key === 'whatsapp:+79999999999');
    expect(acc?.at.row).toBe(15);
    expect(sink.links.some((l) => l.draft.kind === 'member-of' && l.draft.from === acc?.id)).toBe(true);
  });

  it('requires a time zone', async () => {
    const sink = new MemorySink();
    const input = inputFor(`${REAL}/whatstk/pokemon.txt`);
    await expect(
      whatsappImporter.run(input, whatsappImporter.options.parse({}), sink, () => {}),
    ).rejects.toMatchObject({
      code: 'WHATSAPP_TZ_REQUIRED',
    });
  });

  it('imports every real sample with rowsIn = imported + rejected', async () => {
    const files = [
      'whats_json/languages/vietnamese_ios.txt',
      'whats_json/languages/deutch_android_media.txt',
      'whatstk/lorem.txt',
    ];
    for (const f of files) {
      const { sink } = await importChat(`${REAL}/${f}`);
      expect(sink.rejects).toEqual([]);
    }
  });
});

describe('whatsapp importer on hostile fixtures', () => {
  it('settles day-first from the last line of the file', async () => {
    const { sink, outcome } = await importChat(fixture('late-settled.txt'));
    expect(outcome.notes).toContain('date order day-first (from fields > 12)');
    expect(eventAt(sink, 4)?.startUtcMs).toBe(Date.UTC(2023, 2, 5, 10, 0));
    expect(eventAt(sink, 2)?.text).toBe('still ambiguous\ncontinued text line');
  });

  it('refuses a fixture that never settles the order', async () => {
    await expect(importChat(fixture('never-settled.txt'))).rejects.toMatchObject({
      code: 'WHATSAPP_AMBIGUOUS_DATE_ORDER',
    });
  });

  it('flags DST folds and gaps in Europe/Berlin', async () => {
    const { sink } = await importChat(fixture('dst-berlin.txt'), { tz: 'Europe/Berlin' });
    expect(eventAt(sink, 1)?.time.flag).toBeUndefined();
    expect(eventAt(sink, 2)?.time.flag).toBe('dst-fold');
    // The earlier of the two instants: 02:30 CEST = 00:30 UTC.
    expect(eventAt(sink, 2)?.startUtcMs).toBe(Date.UTC(2023, 9, 29, 0, 30));
    expect(eventAt(sink, 4)?.time.flag).toBe('dst-gap');
    expect(eventAt(sink, 4)?.startUtcMs).toBe(Date.UTC(2023, 2, 26, 1, 30));
  });

  it('strips direction marks around a number sender and reads the attachment', async () => {
    const { sink } = await importChat(fixture('bidi-ios.txt'), { tz: 'UTC' });
    const from = sink.entities.find((e) => e.draft.key === 'whatsapp:+447700900456');
    expect(eventAt(sink, 1)).toMatchObject({ from: from?.id, startUtcMs: Date.UTC(2024, 2, 14, 21, 14, 7) });
    expect(eventAt(sink, 2)?.props?.attachment).toBe('00000012-PHOTO-2024-03-14-21-20-55.jpg');
    expect(eventAt(sink, 4)?.kind).toBe('incident');
  });

  it('rejects lines before the first message and impossible dates, with codes and rows', async () => {
    const { sink, outcome } = await importChat(fixture('orphan-and-bad-date.txt'));
    expect(sink.rejects.map((r) => [r.row, r.code])).toEqual([
      [1, 'WHATSAPP_UNPARSEABLE_LINE'],
      [4, 'WHATSAPP_BAD_DATE'],
    ]);
    expect(outcome.skipped).toEqual({ 'blank-line': 1 });
  });
});
