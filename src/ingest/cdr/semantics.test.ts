import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isSkeinError } from '../../model/index.js';
import { cdrImporter } from './importer.js';
import { renderCdrFile, type SyntheticCdr } from './generate.js';
import { openTestCase, type TestCase } from './testing/case-fixture.js';

let tc: TestCase;
beforeEach(async () => {
  tc = await openTestCase();
});
afterEach(async () => {
  await tc.dispose();
});

const A = '+33612345678';
const B = '+33698765432';
const call: SyntheticCdr = {
  target: A,
  other: B,
  direction: 'mo',
  type: 'call',
  startUtcMs: Date.UTC(2026, 4, 3, 10, 0, 0),
  durationS: 61,
  cell: '208-1-1000-20000',
  imei: '490154203237518',
  imsi: '208011234567890',
};

describe('cdr import semantics', () => {
  it('the same call in A’s and B’s billings is one event with two sources', async () => {
    const pa = join(tc.dir, 'a.csv');
    const pb = join(tc.dir, 'b.csv');
    await renderCdrFile([call], 'en-csv', pa);
    await renderCdrFile(
      [
        {
          ...call,
          target: B,
          other: A,
          direction: 'mt',
          cell: '208-1-1001-20001',
          imei: '356938035643809',
          imsi: '208019999999999',
        },
      ],
      'fr-sens',
      pb,
    );
    await tc.import(cdrImporter, pa, { profile: 'en-csv' });
    await tc.import(cdrImporter, pb, { profile: 'fr-sens' });
    expect(await tc.query(`SELECT count(*)::INT n FROM events`)).toEqual([{ n: 1 }]);
    expect(await tc.query(`SELECT count(*)::INT n FROM event_sources`)).toEqual([{ n: 2 }]);
    const legs = await tc.query(`SELECT dir, cell FROM legs ORDER BY dir`);
    expect(legs).toEqual([
      { dir: 'in', cell: '208-1-1001-20001' },
      { dir: 'out', cell: '208-1-1000-20000' },
    ]);
  });

  it('keeps a second cell that another billing of the same call reports for the same party', async () => {
    const first = join(tc.dir, 'a.csv');
    const second = join(tc.dir, 'a-again.csv');
    await renderCdrFile([call], 'en-csv', first);
    await renderCdrFile([{ ...call, cell: '208-1-1000-20009' }], 'fr-sens', second);
    await tc.import(cdrImporter, first, { profile: 'en-csv' });
    await tc.import(cdrImporter, second, { profile: 'fr-sens' });
    expect(await tc.query(`SELECT count(*)::INT n FROM event_sources`)).toEqual([{ n: 2 }]);
    expect(await tc.query(`SELECT dir, cell FROM legs ORDER BY dir DESC`)).toEqual([
      { dir: 'out', cell: '208-1-1000-20000' },
      { dir: 'in', cell: null },
    ]);
    expect(await tc.query(`SELECT cell FROM cell_obs ORDER BY cell`)).toEqual([
      { cell: '208-1-1000-20000' },
      { cell: '208-1-1000-20009' },
    ]);
  });

  it('keeps both cells when one file lists the same call twice', async () => {
    const p = join(tc.dir, 'twice.csv');
    await renderCdrFile([call, { ...call, cell: '208-1-1000-20009' }], 'en-csv', p);
    await tc.import(cdrImporter, p, { profile: 'en-csv' });
    expect(await tc.query(`SELECT count(*)::INT n FROM events`)).toEqual([{ n: 1 }]);
    expect(await tc.query(`SELECT row_no FROM event_sources ORDER BY row_no`)).toEqual([
      { row_no: 2 },
      { row_no: 3 },
    ]);
    expect(await tc.query(`SELECT cell FROM cell_obs ORDER BY cell`)).toEqual([
      { cell: '208-1-1000-20000' },
      { cell: '208-1-1000-20009' },
    ]);
  });

  it('keeps provenance: the line of a known record, its raw time and zone', async () => {
    const p = join(tc.dir, 'a.csv');
    await renderCdrFile([call, { ...call, startUtcMs: call.startUtcMs + 3_600_000 }], 'en-csv', p);
    await tc.import(cdrImporter, p, { profile: 'en-csv' });
    const rows = await tc.query(`SELECT row_no, time_raw, time_zone FROM event_sources ORDER BY row_no`);
    expect(rows).toEqual([
      { row_no: 2, time_raw: '03/05/2026 12:00:00', time_zone: 'Europe/Paris' },
      { row_no: 3, time_raw: '03/05/2026 13:00:00', time_zone: 'Europe/Paris' },
    ]);
    const links = await tc.query(`SELECT count(*)::INT n FROM links WHERE kind = 'uses'`);
    expect(links).toEqual([{ n: 2 }]);
  });

  it('recognises a re-import of the same file', async () => {
    const p = join(tc.dir, 'a.csv');
    await renderCdrFile([call], 'en-csv', p);
    expect((await tc.import(cdrImporter, p, { profile: 'en-csv' })).status).toBe('imported');
    expect((await tc.import(cdrImporter, p, { profile: 'en-csv' })).status).toBe('already-imported');
  });

  it('requires a time zone when the times carry no offset', async () => {
    const p = join(tc.dir, 'a.csv');
    await renderCdrFile([call], 'en-csv', p);
    const e = await tc.import(cdrImporter, p, {}).catch((x: unknown) => x);
    expect(isSkeinError(e) && e.code).toBe('CDR_TZ_REQUIRED');
    expect(await tc.query(`SELECT count(*)::INT n FROM imports`)).toEqual([{ n: 0 }]);
  });

  it('auto-detects a Spanish layout that no shipped profile describes', async () => {
    const p = join(tc.dir, 'es.csv');
    await writeFile(
      p,
      [
        'Informe de tráfico;;;;;',
        'Número abonado;Número llamado;Tipo;Sentido;Fecha y hora;Duración (s);Celda inicio;IMEI',
        '612345678;698765432;Voz;Saliente;14/05/2026 10:00:00;45;214-7-3001-11;490154203237518',
        '612345678;698765432;SMS;Entrante;15/05/2026 11:30:00;0;214-7-3001-12;490154203237518',
      ].join('\n'),
    );
    const r = await tc.import(cdrImporter, p, { tz: 'Europe/Madrid', region: 'ES' });
    expect([r.record.rowsIn, r.record.rejected]).toEqual([2, 0]);
    const ev = await tc.query(`SELECT kind, t::VARCHAR t FROM events ORDER BY t`);
    expect(ev).toEqual([
      { kind: 'call', t: '2026-05-14 08:00:00+00' },
      { kind: 'sms', t: '2026-05-15 09:30:00+00' },
    ]);
    const keys = await tc.query(`SELECT key FROM entities WHERE kind = 'phone' ORDER BY key`);
    expect(keys).toEqual([{ key: '+34612345678' }, { key: '+34698765432' }]);
  });
});
