import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { entityId } from '../../model/index.js';
import { simEntityId, normaliseImsi } from '../../model/selectors/index.js';
import { MemorySink } from '../test-support/memory-sink.js';
import { testInput } from '../ufed/test-input.js';
import { simImporter } from './importer.js';

const fixture = (name: string) => new URL(`./fixtures/${name}`, import.meta.url).pathname;
const imsi = normaliseImsi('234150000000001');
const SIM = imsi.ok ? simEntityId({ imsi: imsi.value }) : '';
const OWNER = entityId({ kind: 'phone', key: '+447700900001' });
const HAJJ = entityId({ kind: 'phone', key: '+447700900456' });

async function run(path: string, extra = {}) {
  const sink = new MemorySink();
  const outcome = await simImporter.run(await testInput(path, extra), {}, sink, () => undefined);
  return { sink, outcome };
}

describe.each(['sim.json', 'sim.csv'])('simImporter on %s', (name) => {
  it('keys the SIM as the model does, links its number, aliases ADN names held by the SIM', async () => {
    const { sink, outcome } = await run(fixture(name));
    expect(outcome.rowsIn).toBe(5);
    expect(sink.entities[0]?.id).toBe(SIM);
    expect(sink.links.map((l) => [l.draft.from, l.draft.to])).toEqual([[SIM, OWNER]]);
    expect(sink.aliases.map((a) => [a.draft.entity, a.draft.name, a.draft.holder, a.at.path])).toEqual([
      [HAJJ, 'Hajj Boat', SIM, 'adn[1]'],
    ]);
  });

  it('imports stored SMS with offsets and direction from status, rejecting bad rows by code', async () => {
    const { sink } = await run(fixture(name));
    expect(sink.events.map((e) => [e.draft.from, e.draft.to, e.draft.startUtcMs, e.draft.time.zone])).toEqual(
      [
        [HAJJ, OWNER, Date.UTC(2024, 1, 5, 9), '+01:00'],
        [OWNER, HAJJ, Date.UTC(2024, 1, 5, 10, 5), 'UTC'],
      ],
    );
    expect(sink.rejects.map((r) => [r.code, r.detail])).toEqual([
      ['PHONE_INVALID', 'adn[2]'],
      ['SIM_BAD_TIMESTAMP', 'sms[3]'],
    ]);
  });

  it('reads offset-less times in the import zone when one is given', async () => {
    const { sink } = await run(fixture(name), { tz: 'Africa/Tripoli' });
    expect(sink.events[2]?.draft).toMatchObject({
      startUtcMs: Date.UTC(2024, 1, 5, 8, 6),
      time: { zone: 'Africa/Tripoli' },
    });
  });
});

describe('simImporter refusals', () => {
  it.each([
    ['{"adn": []}', 'SIM_BAD_FORMAT'],
    ['{not json', 'SIM_BAD_FORMAT'],
    ['a,b,c\n1,2,3\n', 'SIM_BAD_FORMAT'],
    ['{"iccid": "8944000000000000127"}', 'ICCID_BAD_CHECK_DIGIT'],
  ])('refuses %s with %s', async (content, code) => {
    const dir = await mkdtemp(join(tmpdir(), 'skein-sim-'));
    const path = join(dir, 'sim.dat');
    await writeFile(path, content);
    await expect(run(path)).rejects.toMatchObject({ code });
  });
});
