import { createWriteStream } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { once } from 'node:events';
import iconv from 'iconv-lite';
import { buildZip } from '../archive/fixtures/build-zip.js';
import { LAYOUTS, type LayoutName, type LayoutSpec } from './layouts.js';
import type { SyntheticCdr } from './synthetic.js';

export { randomCdrs, randomCdrStream, type SyntheticCdr } from './synthetic.js';
export { LAYOUT_NAMES, type LayoutName } from './layouts.js';

function csvField(v: string | number, delimiter: string): string {
  const s = String(v);
  return s.includes(delimiter) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s;
}

function* textLines(spec: LayoutSpec, records: Iterable<SyntheticCdr>, zone: string): Generator<string> {
  const it = records[Symbol.iterator]();
  const first = it.next();
  const head = first.done === true ? [] : [first.value];
  for (const p of spec.preamble(head)) yield p;
  yield spec.header.join(spec.delimiter);
  let n = 0;
  for (let r = first; r.done !== true; r = it.next()) {
    n += 1;
    yield spec
      .row(r.value, zone)
      .map((v) => csvField(v, spec.delimiter))
      .join(spec.delimiter);
  }
  for (const f of spec.footer({ length: n } as readonly SyntheticCdr[])) yield f;
}

const xml = (s: string): string => s.replaceAll('&', '&amp;').replaceAll('<', '&lt;').replaceAll('>', '&gt;');

function colName(i: number): string {
  let s = '';
  for (let n = i + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

function xlsx(spec: LayoutSpec, records: readonly SyntheticCdr[], zone: string): Buffer {
  const rows: (readonly (string | number)[])[] = [
    ...spec.preamble(records).map((p) => [p]),
    spec.header,
    ...records.map((r) => spec.row(r, zone)),
  ];
  const body = rows
    .map((cells, ri) => {
      const cs = cells
        .map((v, ci) => {
          const ref = `${colName(ci)}${ri + 1}`;
          return typeof v === 'number'
            ? `<c r="${ref}"><v>${v}</v></c>`
            : `<c r="${ref}" t="inlineStr"><is><t>${xml(v)}</t></is></c>`;
        })
        .join('');
      return `<row r="${ri + 1}">${cs}</row>`;
    })
    .join('');
  const ns = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
  const rel = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
  return buildZip([
    {
      name: '[Content_Types].xml',
      data: Buffer.from(
        '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>',
      ),
    },
    {
      name: 'xl/workbook.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><workbook xmlns="${ns}" xmlns:r="${rel}"><sheets><sheet name="CDR" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      ),
    },
    {
      name: 'xl/_rels/workbook.xml.rels',
      data: Buffer.from(
        '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
      ),
    },
    {
      name: 'xl/worksheets/sheet1.xml',
      data: Buffer.from(
        `<?xml version="1.0"?><worksheet xmlns="${ns}"><sheetData>${body}</sheetData></worksheet>`,
      ),
      deflate: true,
    },
  ]);
}

/**
 * Writes CDRs as one operator layout would deliver them (its encoding, headers, national forms, local
 * time in `zone`, preamble and totals). Streams text layouts, so 10M rows stay in bounded memory.
 */
export async function renderCdrFile(
  records: Iterable<SyntheticCdr> | readonly SyntheticCdr[],
  layout: LayoutName,
  path: string,
  opts: { zone?: string } = {},
): Promise<void> {
  const spec = LAYOUTS[layout];
  const zone = opts.zone ?? spec.zone;
  if (spec.encoding === 'xlsx') {
    await writeFile(path, xlsx(spec, [...records], zone));
    return;
  }
  const out = createWriteStream(path);
  const enc = spec.encoding === 'utf-8-bom' ? 'utf-8' : spec.encoding;
  if (spec.encoding === 'utf-8-bom') out.write(Buffer.from([0xef, 0xbb, 0xbf]));
  if (spec.encoding === 'utf-16le') out.write(Buffer.from([0xff, 0xfe]));
  let buf = '';
  const flush = async (): Promise<void> => {
    if (!out.write(iconv.encode(buf, enc))) await once(out, 'drain');
    buf = '';
  };
  for (const line of textLines(spec, records, zone)) {
    buf += `${line}\r\n`;
    if (buf.length > 1 << 20) await flush();
  }
  await flush();
  out.end();
  await once(out, 'finish');
}

/** The zone a layout renders local times in by default (its shipped profile names the same zone). */
export function layoutZone(layout: LayoutName): string {
  return LAYOUTS[layout].zone;
}
