import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { entityId } from '../../model/index.js';
import { MemorySink } from '../test-support/memory-sink.js';
import { writeZip } from '../archive/fixtures/build-zip.js';
import { ufedImporter } from './importer.js';
import { testInput } from './test-input.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const phone = (e164: string) => entityId({ kind: 'phone', key: e164 });
const account = (key: string) => entityId({ kind: 'account', key });
const OWNER = phone('+447700900001');
const ABU = phone('+447700900456');
const MAMA = phone('+447700900789');
const DEVICE = entityId({ kind: 'device', key: '001245000000018' });

async function importFile(path: string, extra = {}) {
  const sink = new MemorySink();
  const outcome = await ufedImporter.run(
    await testInput(path, extra),
    { deleted: 'include' },
    sink,
    () => undefined,
  );
  return { sink, outcome };
}

async function codeOf(p: Promise<unknown>): Promise<string | undefined> {
  try {
    await p;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

describe('ufedImporter on the hand-written report', () => {
  let sink: MemorySink;
  let outcome: Awaited<ReturnType<typeof importFile>>['outcome'];
  beforeAll(async () => {
    ({ sink, outcome } = await importFile(fixture('report.xml')));
  });

  it('counts every modelled unit once and skips unknown model types by type', () => {
    // 1 DeviceInfoEntry + 3 SIMData + 3 Contact + 3 Call + 1 SMS + 1 Chat + 2 messages + 1 Location
    // + 1 CellTower + 1 UserAccount
    expect(outcome.rowsIn).toBe(17);
    expect(outcome.skipped).toEqual({ InstalledApplication: 2 });
    const rejectedRows = new Set(sink.rejects.map((r) => r.row));
    const importedRows = new Set(
      [...sink.entities, ...sink.events, ...sink.links].map((r) => r.at.row).filter((r) => r > 0),
    );
    for (const r of rejectedRows) importedRows.delete(r);
    expect(importedRows.size + rejectedRows.size).toBe(outcome.rowsIn);
  });

  it('rejects with stable codes', () => {
    expect(sink.rejects.map((r) => [r.code, r.detail])).toEqual([
      ['UFED_CONTACT_EMPTY', 'decodedData/modelType[Contact]/model[3]'],
      ['UFED_BAD_TIMESTAMP', 'decodedData/modelType[Call]/model[3]'],
    ]);
  });

  it('makes the seized device from the header IMEI and links it to the own number and the SIM', () => {
    const device = sink.entities.find((e) => e.id === DEVICE);
    expect(device?.at.path).toBe('metadata[Device Info]/item[IMEI]');
    const sim = entityId({ kind: 'sim', key: '234150000000001' });
    const simDraft = sink.entities.filter((e) => e.id === sim).at(-1)?.draft;
    expect(simDraft?.props).toMatchObject({
      iccid: '8944000000000000126',
      imsi: '234150000000001',
      SPN: 'Synthetic Mobile',
    });
    const uses = sink.links
      .filter((l) => l.draft.kind === 'uses' && l.draft.from === DEVICE)
      .map((l) => l.draft.to);
    expect(uses).toEqual(
      expect.arrayContaining([
        OWNER,
        sim,
        account('whatsapp:+447700900001'),
        account('telegram:captain_sea'),
      ]),
    );
  });

  it('records how each number is saved in the seized phone', () => {
    const names = sink.aliases.map((a) => [a.draft.entity, a.draft.name, a.draft.holder, a.draft.context]);
    expect(names).toContainEqual([ABU, 'Hajj Boat', OWNER, 'extraction report.xml']);
    expect(names).toContainEqual([account('telegram:hajjboat'), 'Hajj Boat', OWNER, 'extraction report.xml']);
    expect(names).toContainEqual([MAMA, 'Mama', OWNER, 'SIM phonebook (ADN), extraction report.xml']);
    expect(names).toContainEqual([
      account('whatsapp:+447700900456'),
      'Abu Boat',
      OWNER,
      'extraction report.xml',
    ]);
    const hajj = sink.aliases.find((a) => a.draft.name === 'Hajj Boat');
    expect(hajj?.at).toEqual({ row: 5, path: 'decodedData/modelType[Contact]/model[1]' });
  });

  it('turns calls into events with direction, offset time and duration', () => {
    const calls = sink.events.filter((e) => e.draft.kind === 'call');
    expect(
      calls.map((c) => [c.draft.from, c.draft.to, c.draft.startUtcMs, c.draft.durationS, c.draft.time.zone]),
    ).toEqual([
      [OWNER, ABU, Date.UTC(2024, 1, 3, 21, 14, 7), 187, '+02:00'],
      [MAMA, OWNER, Date.UTC(2024, 1, 4, 8, 0, 0), 43, '+00:00'],
    ]);
    expect(calls[0]?.at.path).toBe('decodedData/modelType[Call]/model[1]');
    expect(calls[0]?.draft.time.raw).toBe('2024-02-03T23:14:07.000+02:00');
  });

  it('keeps SMS text verbatim and marks SIM storage', () => {
    const sms = sink.events.find((e) => e.draft.kind === 'sms');
    expect(sms?.draft).toMatchObject({ from: ABU, to: OWNER, text: 'boat leaves at 3 & bring cash <now>' });
    expect(sms?.draft.props).toMatchObject({ storage: 'sim' });
  });

  it('maps chat messages between app accounts with their own rows', () => {
    const msgs = sink.events.filter((e) => e.draft.kind === 'message');
    const me = account('whatsapp:+447700900001');
    const abu = account('whatsapp:+447700900456');
    expect(msgs.map((m) => [m.draft.from, m.draft.to, m.draft.text, m.at.path])).toEqual([
      [me, abu, 'how many places?', 'decodedData/modelType[Chat]/model[1]/Messages/model[1]'],
      [abu, me, 'twelve. 1500 each', 'decodedData/modelType[Chat]/model[1]/Messages/model[2]'],
    ]);
    expect(msgs[0]?.at.row).toBe(13);
  });

  it('maps locations and cell towers of the owner', () => {
    const fix = sink.events.find((e) => e.draft.kind === 'location-fix');
    expect(fix?.draft).toMatchObject({ from: OWNER, props: { lat: 32.8872, lon: 13.1913 } });
    const cell = sink.events.find((e) => e.draft.kind === 'cell-observation');
    expect(cell?.draft.sightings).toEqual([{ party: 'from', cell: '606-01-120-4711' }]);
  });
});

describe('ufedImporter options and owner', () => {
  it('skips deleted models when asked, counting them', async () => {
    const sink = new MemorySink();
    const outcome = await ufedImporter.run(
      await testInput(fixture('report.xml')),
      { deleted: 'skip' },
      sink,
      () => undefined,
    );
    expect(outcome.skipped).toEqual({ InstalledApplication: 2, 'deleted Contact': 1 });
    expect(sink.rejects.map((r) => r.code)).toEqual(['UFED_BAD_TIMESTAMP']);
  });
});

describe('ufedImporter XML safety', () => {
  it.each([
    ['xxe.xml', 'XML_DTD_REFUSED'],
    ['billion-laughs.xml', 'XML_DTD_REFUSED'],
    ['undefined-entity.xml', 'UFED_XML_MALFORMED'],
    ['wrong-namespace.xml', 'UFED_NOT_A_REPORT'],
  ])('refuses %s with %s', async (name, code) => {
    expect(await codeOf(importFile(fixture(name)))).toBe(code);
  });

  it('never puts the contents of an external entity into a record', async () => {
    const sink = new MemorySink();
    await codeOf(
      ufedImporter.run(await testInput(fixture('xxe.xml')), { deleted: 'include' }, sink, () => undefined),
    );
    expect(JSON.stringify(sink)).not.toContain('root:');
  });
});

describe('ufedImporter on .ufdr archives', () => {
  it('streams report.xml out of the zip', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-ufdr-'));
    const path = await writeZip(join(dir, 'case.ufdr'), [
      { name: 'report.xml', data: await readFile(fixture('report.xml')), deflate: true },
      { name: 'files/Image/x.jpg', data: Buffer.from('jpeg') },
    ]);
    const { outcome } = await importFile(path);
    expect(outcome.rowsIn).toBe(17);
  });

  it('refuses a .ufdr without report.xml with UFDR_NO_REPORT', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-ufdr-'));
    const path = await writeZip(join(dir, 'case.ufdr'), [{ name: 'files/a.txt', data: Buffer.from('x') }]);
    expect(await codeOf(importFile(path))).toBe('UFDR_NO_REPORT');
  });

  it('refuses a .ufdr with a path escape before reading anything', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-ufdr-'));
    const path = await writeZip(join(dir, 'case.ufdr'), [
      { name: 'report.xml', data: await readFile(fixture('report.xml')) },
      { name: '../evil', data: Buffer.from('x') },
    ]);
    expect(await codeOf(importFile(path))).toBe('ARCHIVE_PATH_ESCAPE');
  });

  it('stops a report.xml whose declared size lies', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-ufdr-'));
    const data = await readFile(fixture('report.xml'));
    const path = await writeZip(join(dir, 'case.ufdr'), [
      { name: 'report.xml', data, deflate: true, declaredSize: 1000 },
    ]);
    expect(await codeOf(importFile(path))).toBe('ARCHIVE_SIZE_MISMATCH');
  });
});
