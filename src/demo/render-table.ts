import { writeFile } from 'node:fs/promises';
import iconv from 'iconv-lite';
import type { BillingRow } from './billing.js';
import type { BillingLayout } from './billing-layouts.js';

function field(v: string | number, delimiter: string): string {
  const s = String(v);
  return s.includes(delimiter) || s.includes('"') || s.includes('\n') ? `"${s.replaceAll('"', '""')}"` : s;
}

/** The bytes of a billing or tower-dump file in `layout`: CRLF lines in the layout's encoding. */
export function renderTable(layout: BillingLayout, rows: readonly BillingRow[], target = ''): Buffer {
  const lines = [
    ...layout.preamble(target),
    layout.header.join(layout.delimiter),
    ...rows.map((r) =>
      layout
        .row(r)
        .map((v) => field(v, layout.delimiter))
        .join(layout.delimiter),
    ),
    ...layout.footer(rows.length),
  ];
  const text = `${lines.join('\r\n')}\r\n`;
  if (layout.encoding === 'windows-1256') return iconv.encode(text, 'windows-1256');
  const body = Buffer.from(text, 'utf8');
  return layout.encoding === 'utf-8-bom' ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

/** Writes a table file and returns how many data rows and footer lines it holds. */
export async function writeTable(
  path: string,
  layout: BillingLayout,
  rows: readonly BillingRow[],
  target = '',
): Promise<{ rows: number; footers: number }> {
  await writeFile(path, renderTable(layout, rows, target));
  return { rows: rows.length, footers: layout.footer(rows.length).length };
}
