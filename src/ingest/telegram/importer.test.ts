import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { MemorySink } from '../test-support/memory-sink.js';
import { inputFor } from '../whatsapp/test-helpers.js';
import type { ImportInput } from '../contract.js';
import { telegramImporter } from './index.js';
import { realData } from '../test-support/real-data.js';

const REAL = realData('telegram_export_fixture', 'result.json');
const fixture = (name: string): string => fileURLToPath(new URL(`./fixtures/${name}`, import.meta.url));

async function importExport(path: string, extra: Partial<ImportInput> = {}) {
  const sink = new MemorySink();
  const outcome = await telegramImporter.run(
    inputFor(path, extra),
    telegramImporter.options.parse({}),
    sink,
    () => {},
  );
  expect(outcome.rowsIn).toBe(sink.events.length + sink.rejects.length + countImportedSections(sink));
  return { sink, outcome };
}
// personal_information and contacts are units too; each leaves exactly one record at its own path.
const countImportedSections = (sink: MemorySink): number =>
  new Set(
    sink.entities
      .filter((e) => /^(personal_information|contacts)/u.test(e.at.path ?? ''))
      .map((e) => e.at.path),
  ).size;
const eventAt = (sink: MemorySink, path: string) => sink.events.find((e) => e.at.path === path);
const accountId = (sink: MemorySink, key: string) => sink.entities.find((e) => e.draft.key === key)?.id;

describe('telegram importer on the real fixture', () => {
  it('imports all 12 messages (1 service) between user111 and user222', async () => {
    const { sink, outcome } = await importExport(REAL);
    expect(outcome.rowsIn).toBe(12);
    expect(sink.events.filter((e) => e.draft.kind === 'message')).toHaveLength(11);
    expect(sink.events.filter((e) => e.draft.kind === 'incident')).toHaveLength(1);
    const anna = accountId(sink, 'telegram:user111');
    const boris = accountId(sink, 'telegram:user222');
    const first = eventAt(sink, 'messages[0]');
    expect(first?.at.row).toBe(1);
    expect(first?.draft).toMatchObject({
      from: anna,
      to: boris,
      text: 'привет))',
      startUtcMs: 1682942460000,
    });
    expect(first?.draft.time).toEqual({ raw: '1682942460', zone: 'UTC' });
    expect(first?.draft.props?.localDate).toBe('2023-05-01T12:01:00');
  });

  it('flattens entity arrays and keeps forwards, stickers and pins', async () => {
    const { sink } = await importExport(REAL);
    expect(eventAt(sink, 'messages[3]')?.draft.text).toBe('ну реально норм, @boris_k глянь');
    expect(eventAt(sink, 'messages[2]')?.draft.text).toBe('смотри https://example.com/a круто');
    expect(eventAt(sink, 'messages[6]')?.draft.props?.forwardedFrom).toBe('Какой-то канал');
    expect(eventAt(sink, 'messages[7]')?.draft.props).toMatchObject({
      mediaType: 'sticker',
      stickerEmoji: '😀',
    });
    expect(eventAt(sink, 'messages[5]')?.draft.props).toMatchObject({
      action: 'pin_message',
      targetMessageId: 3,
    });
    expect(eventAt(sink, 'messages[11]')?.draft.text).toBe('ладно))\nщас дойду');
  });
});

describe('telegram importer on a full-account fixture', () => {
  it('models self, contacts, groups, calls and shared contacts', async () => {
    const { sink, outcome } = await importExport(fixture('full-export.json'));
    const self = accountId(sink, 'telegram:user100000001');
    const group = accountId(sink, 'telegram:channel1000000001');
    const phoneB = accountId(sink, '+447700900456');
    expect(
      sink.links.some(
        (l) =>
          l.draft.kind === 'uses' && l.draft.to === accountId(sink, '+447700900123') && l.draft.from === self,
      ),
    ).toBe(true);
    expect(
      sink.aliases.some(
        (a) => a.draft.entity === phoneB && a.draft.name === 'Member B' && a.draft.holder === self,
      ),
    ).toBe(true);
    expect(sink.rejects.map((r) => [r.code, r.detail])).toEqual([
      ['TELEGRAM_BAD_PHONE', 'contacts.list[1]'],
      ['TELEGRAM_UNSUPPORTED_MESSAGE', 'chats.list[0].messages[4]'],
      ['TELEGRAM_BAD_DATE', 'chats.list[0].messages[5]'],
    ]);
    const pickup = eventAt(sink, 'chats.list[0].messages[1]')?.draft;
    expect(pickup).toMatchObject({
      from: self,
      to: group,
      text: 'Pickup at 22:00 call +447700900456 see map Member B',
    });
    expect(pickup?.props?.links).toBe('https://example.invalid/m tg:user100000002');
    expect(sink.links.filter((l) => l.draft.kind === 'member-of' && l.draft.to === group)).toHaveLength(2);
    const call = eventAt(sink, 'chats.list[1].messages[0]')?.draft;
    expect(call).toMatchObject({
      kind: 'call',
      durationS: 65,
      from: accountId(sink, 'telegram:user100000002'),
      to: self,
    });
    expect(
      sink.aliases.some(
        (a) => a.draft.name === 'Boat Man' && a.draft.entity === accountId(sink, '+447700900789'),
      ),
    ).toBe(true);
    expect(outcome.skipped).toEqual({ sessions: 2 });
  });

  it('keeps two same-second messages of one sender as two events', async () => {
    const { sink } = await importExport(fixture('full-export.json'));
    const a = eventAt(sink, 'chats.list[0].messages[2]');
    const b = eventAt(sink, 'chats.list[0].messages[3]');
    expect(a?.id).not.toBe(b?.id);
    expect(b?.draft.ordinal).toBe(1);
    expect(b?.draft.startUtcMs).toBe(a?.draft.startUtcMs);
    expect(b?.draft.text).toBe('same second é😀');
  });

  it('reads a message without date_unixtime in the given zone', async () => {
    const { sink } = await importExport(fixture('full-export.json'), { tz: 'Europe/London' });
    const old = eventAt(sink, 'chats.list[0].messages[5]')?.draft;
    expect(old?.startUtcMs).toBe(Date.UTC(2024, 1, 3, 21, 31));
    expect(old?.time).toEqual({ raw: '2024-02-03T21:31:00', zone: 'Europe/London' });
  });

  it('fails a truncated file with TELEGRAM_BAD_JSON', async () => {
    await expect(importExport(fixture('truncated-json.part'))).rejects.toMatchObject({
      code: 'TELEGRAM_BAD_JSON',
    });
  });

  it('enforces the size limit', async () => {
    const limits = {
      maxFileBytes: 10,
      maxArchiveEntries: 1,
      maxUncompressedBytes: 1,
      maxCompressionRatio: 1,
    };
    await expect(importExport(REAL, { limits })).rejects.toMatchObject({ code: 'TELEGRAM_FILE_TOO_LARGE' });
  });
});
