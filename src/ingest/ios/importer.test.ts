import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/index.js';
import { REAL_DATA, writeSqlite } from '../android/fixtures.js';
import { MemorySink } from '../test-support/memory-sink.js';
import { testInput } from '../ufed/test-input.js';
import { iosImporter } from './importer.js';

const OPTIONS = { maxSqliteBytes: 2 * 1024 ** 3 };

async function run(path: string) {
  const sink = new MemorySink();
  const outcome = await iosImporter.run(await testInput(path), OPTIONS, sink, () => undefined);
  return { sink, outcome };
}

describe('iosImporter on the real plaso iMessage chat.db', () => {
  it('imports its 10 messages with Mac-epoch seconds, direction from is_from_me and the owner Apple ID', async () => {
    const { sink, outcome } = await run(join(REAL_DATA, 'sqlite_imessage_chat.db'));
    expect(outcome.rowsIn).toBe(10);
    expect(sink.rejects).toEqual([]);
    const me = entityId({ kind: 'account', key: 'email:ken.doh@icloud.com' });
    const first = sink.events[0];
    expect(first?.draft).toMatchObject({
      kind: 'message',
      startUtcMs: Date.UTC(2015, 10, 22, 18, 9, 46),
      time: { raw: '469908586', zone: 'UTC' },
      to: me,
      from: entityId({ kind: 'phone', key: '+447775455555' }),
    });
    expect(first?.draft.text).toMatch(/^Hey Kenneth, it's Eireanne!/u);
    expect(sink.events.filter((e) => e.draft.from === me)).toHaveLength(5);
    expect(sink.events[7]?.draft.from).toBe(
      entityId({ kind: 'account', key: 'email:xxxxxx2015@icloud.com' }),
    );
    const uses = sink.links.filter((l) => l.draft.kind === 'uses').map((l) => l.draft.to);
    expect(uses).toContain(me);
  });
});

describe('iosImporter on AddressBook.sqlitedb (synthetic schema subset)', () => {
  it('aliases phone and e-mail values with the person name and skips other properties', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-ios-'));
    const path = await writeSqlite(
      join(dir, 'AddressBook.sqlitedb'),
      `CREATE TABLE ABPerson (ROWID INTEGER PRIMARY KEY, First TEXT, Last TEXT, Organization TEXT);
       CREATE TABLE ABMultiValue (UID INTEGER PRIMARY KEY, record_id INTEGER, property INTEGER, label INTEGER, value TEXT);
       INSERT INTO ABPerson VALUES (1,'Abu','Boat',NULL),(2,NULL,NULL,'Travel Agency');
       INSERT INTO ABMultiValue VALUES (1,1,3,1,'+447700900456'),(2,1,4,2,'abu@example.org'),(3,2,3,1,'+447700900999'),(4,2,22,1,'http://x');`,
    );
    const { sink, outcome } = await run(path);
    expect(outcome.rowsIn).toBe(3);
    expect(outcome.skipped).toEqual({ 'ABMultiValue property 22': 1 });
    expect(sink.aliases.map((a) => a.draft.name)).toEqual(['Abu Boat', 'Abu Boat', 'Travel Agency']);
  });
});
