import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { importFile, type Workspace } from '../../intel/index.js';
import { analyst, tempWorkspace } from '../../intel/test-support/temp-workspace.js';
import { entitiesImporter } from './importer.js';

let ws: Workspace;
let dir: string;
let dispose: () => Promise<void>;
beforeEach(async () => {
  ({ ws, dir, dispose } = await tempWorkspace());
  await ws.createCase({ name: 'c1', region: 'LY' }, analyst);
});
afterEach(() => dispose());

async function importText(name: string, text: string) {
  const path = join(dir, name);
  await writeFile(path, text);
  const res = await importFile(
    ws,
    { caseName: 'c1', importer: entitiesImporter, path, options: {} },
    analyst,
  );
  return res.record;
}

describe('entities importer', () => {
  it('imports JSON lines, resolving links to entities defined later and to selectors', async () => {
    const rec = await importText(
      'net.jsonl',
      [
        '{"record":"link","kind":"uses","from":"P1","to":"T1","basis":"assessment","grading":"eu4x4:B2:H1"}',
        '{"record":"entity","kind":"person","ref":"P1","label":"Abdelkader Hajj","category":"suspect"}',
        '{"record":"entity","kind":"phone","ref":"T1","value":"0912345678"}',
        '{"record":"link","kind":"uses","from":"P1","to":"phone:+218 92 000 0001"}',
      ].join('\n'),
    );
    expect(rec).toMatchObject({ rowsIn: 4, imported: 4, rejected: 0 });
    const hits = await ws.withCase('c1', (s) => s.search('+218912345678', 5, ['+218912345678']));
    expect(hits[0]).toMatchObject({ kind: 'phone', key: '+218912345678' });
    expect(await ws.withCase('c1', (s) => s.counts())).toMatchObject({ entities: 3, links: 2 });
  });

  it('rejects bad JSON, bad records, bad gradings, bad identifiers and unknown refs, naming the field', async () => {
    const rec = await importText(
      'bad.jsonl',
      [
        '{"record":"entity","kind":"person","ref":"P1"}',
        'not json',
        '{"record":"entity","kind":"spaceship","ref":"X"}',
        '{"record":"entity","kind":"person","ref":"P2","grading":"admiralty:Z9"}',
        '{"record":"entity","kind":"device","value":"490154203237519"}',
        '{"record":"link","kind":"uses","from":"P1","to":"P404"}',
      ].join('\n'),
    );
    expect(rec).toMatchObject({ rowsIn: 6, imported: 1, rejected: 5 });
    const rejects = await ws.withCase('c1', (s) => s.rejects({ limit: 10, offset: 0 }));
    expect(rejects.map((r) => [r.row, r.code, r.field])).toEqual([
      [2, 'ENTITIES_BAD_JSON', undefined],
      [3, 'ENTITIES_BAD_RECORD', 'kind'],
      [4, 'ENTITIES_BAD_GRADING', 'grading'],
      [5, 'IMEI_BAD_CHECK_DIGIT', 'value'],
      [6, 'ENTITIES_UNKNOWN_REF', 'to'],
    ]);
  });

  it('reads CSV with extra columns as properties and keeps the line of each record', async () => {
    const rec = await importText(
      'people.csv',
      'record,kind,ref,value,label,category,nationality\n' +
        'entity,person,P1,,"Hajj, Abdelkader",suspect,LY\n' +
        'entity,phone,T1,+21891 2345678,,,\n' +
        'link,uses,,,,,\n',
    );
    expect(rec).toMatchObject({ rowsIn: 3, imported: 2, rejected: 1 });
    const rejects = await ws.withCase('c1', (s) => s.rejects({ limit: 10, offset: 0 }));
    expect(rejects).toMatchObject([{ row: 4, code: 'ENTITIES_BAD_RECORD' }]);
    const hits = await ws.withCase('c1', (s) => s.search('Hajj, Abdelkader', 5));
    expect(hits[0]).toMatchObject({ kind: 'person', label: 'Hajj, Abdelkader' });
  });
});
