import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/index.js';
import { MemorySink } from '../test-support/memory-sink.js';
import { testInput } from '../ufed/test-input.js';
import { REAL_DATA, writeSqlite } from './fixtures.js';
import { androidImporter } from './importer.js';

const OPTIONS = { maxSqliteBytes: 2 * 1024 ** 3 };

async function run(path: string, extra = {}) {
  const sink = new MemorySink();
  const outcome = await androidImporter.run(await testInput(path, extra), OPTIONS, sink, () => undefined);
  return { sink, outcome };
}

describe('androidImporter on the real plaso mmssms.db', () => {
  it('imports the 9 SMS, 5 sent and 4 received, with ms-epoch UTC times', async () => {
    const { sink, outcome } = await run(join(REAL_DATA, 'android_mmssms.db'), { owner: '+447700900001' });
    expect(outcome.rowsIn).toBe(9);
    expect(sink.rejects).toEqual([]);
    const owner = entityId({ kind: 'phone', key: '+447700900001' });
    const sms = sink.events.filter((e) => e.draft.kind === 'sms');
    expect(sms.filter((e) => e.draft.from === owner)).toHaveLength(5);
    expect(sms.filter((e) => e.draft.to === owner)).toHaveLength(4);
    const first = sms[0];
    expect(first?.draft).toMatchObject({
      startUtcMs: 1383065788038,
      time: { raw: '1383065788038', zone: 'UTC' },
      text: 'Yo Fred this is my new number.',
      from: owner,
    });
    expect(first?.at.path).toBe('android_mmssms.db: table sms rowid 1');
    // "1 555-521-5554" and "15555215554" are one counterpart.
    expect(new Set(sms.map((e) => (e.draft.from === owner ? e.draft.to : e.draft.from))).size).toBe(1);
  });
});

describe('androidImporter on the real plaso contacts2.db (old layout with calls)', () => {
  it('imports its 3 calls with direction, duration, countryiso region and the cached name as alias', async () => {
    const { sink, outcome } = await run(join(REAL_DATA, 'android_contacts2.db'));
    expect(outcome.rowsIn).toBe(3);
    const barney = entityId({ kind: 'phone', key: '+15404561685' });
    const calls = sink.events.map((e) => [
      e.draft.startUtcMs,
      e.draft.durationS,
      e.draft.from === barney,
      e.draft.props?.['callType'],
    ]);
    expect(calls).toEqual([
      [1383772636690, 0, true, 'missed'],
      [1383772733283, 126, false, 'outgoing'],
      [1383782616690, 639, true, 'incoming'],
    ]);
    expect(sink.aliases.map((a) => [a.draft.entity, a.draft.name])).toEqual([[barney, 'Barney']]);
    // Without an owner number the events hang on the seized device.
    expect(sink.events[1]?.draft.from).toMatch(/^dev_/u);
  });
});

describe('androidImporter on folders', () => {
  it('detects databases by their tables, not names, and skips other apps (Viber calls are not call log)', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-android-'));
    await mkdir(join(dir, 'data', 'x'), { recursive: true });
    await copyFile(join(REAL_DATA, 'android_mmssms.db'), join(dir, 'data', 'x', 'blob1'));
    await copyFile(join(REAL_DATA, 'android_contacts2.db'), join(dir, 'data', 'blob2.bin'));
    await copyFile(join(REAL_DATA, 'android_viber_data'), join(dir, 'viber'));
    await writeFile(join(dir, 'notes.txt'), 'not a database');
    const { outcome } = await run(dir);
    expect(outcome.rowsIn).toBe(12);
    expect(outcome.skipped).toEqual({ 'other database': 1 });
  });

  it('refuses a database above the size limit with SQLITE_TOO_LARGE', async () => {
    const sink = new MemorySink();
    const input = await testInput(join(REAL_DATA, 'android_mmssms.db'));
    await expect(
      androidImporter.run(input, { maxSqliteBytes: 1024 }, sink, () => undefined),
    ).rejects.toMatchObject({
      code: 'SQLITE_TOO_LARGE',
    });
  });
});

describe('androidImporter on contacts2 raw_contacts/data (synthetic: the real sample has no data rows)', () => {
  it('aliases each number and e-mail with its contact name, counts other data rows as skipped', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-android-'));
    const path = await writeSqlite(
      join(dir, 'contacts2.db'),
      `CREATE TABLE mimetypes (_id INTEGER PRIMARY KEY, mimetype TEXT);
       CREATE TABLE raw_contacts (_id INTEGER PRIMARY KEY, display_name TEXT, deleted INTEGER);
       CREATE TABLE data (_id INTEGER PRIMARY KEY, raw_contact_id INTEGER, mimetype_id INTEGER, data1 TEXT, data2 TEXT);
       INSERT INTO mimetypes VALUES (1,'vnd.android.cursor.item/name'),(2,'vnd.android.cursor.item/phone_v2'),
         (3,'vnd.android.cursor.item/email_v2'),(4,'vnd.android.cursor.item/photo');
       INSERT INTO raw_contacts VALUES (1,'Hajj Boat',0),(2,NULL,0);
       INSERT INTO data VALUES (1,1,1,'Hajj Boat',NULL),(2,1,2,'+44 7700 900456','2'),(3,1,3,'Boat@Example.org',NULL),
         (4,2,1,'Mama',NULL),(5,2,2,'+447700900789','2'),(6,2,4,NULL,NULL),(7,2,2,'12',NULL);`,
    );
    const { sink, outcome } = await run(path);
    expect(outcome.rowsIn).toBe(4);
    expect(outcome.skipped).toEqual({
      'data vnd.android.cursor.item/name': 2,
      'data vnd.android.cursor.item/photo': 1,
    });
    expect(sink.aliases.map((a) => [a.draft.entity, a.draft.name])).toEqual([
      [entityId({ kind: 'phone', key: '+447700900456' }), 'Hajj Boat'],
      [entityId({ kind: 'account', key: 'email:boat@example.org' }), 'Hajj Boat'],
      [entityId({ kind: 'phone', key: '+447700900789' }), 'Mama'],
    ]);
    expect(sink.rejects.map((r) => [r.code, r.detail])).toEqual([
      ['PHONE_INVALID', 'contacts2.db: table data rowid 7'],
    ]);
  });
});
