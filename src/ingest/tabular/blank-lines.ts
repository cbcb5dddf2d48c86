import type { CsvRecord } from './csv-records.js';

/** A line break inside a quoted field; CRLF is one. */
const BREAK = /\r\n|\r|\n/gu;

/**
 * Counts the blank lines between records, which the record reader skips, from the line each record
 * starts on and the line breaks its quoted fields carried. An XLSX row spans one row whatever its cells
 * hold, so `textLines` is false there.
 */
export class BlankLineCounter {
  blank = 0;
  private next: number;

  constructor(
    firstLine: number,
    private readonly textLines: boolean,
  ) {
    this.next = firstLine;
  }

  see(r: CsvRecord): void {
    this.blank += Math.max(0, r.line - this.next);
    let span = 1;
    if (this.textLines)
      for (const f of r.fields) if (f.includes('\n') || f.includes('\r')) span += f.match(BREAK)?.length ?? 0;
    this.next = r.line + span;
  }
}
