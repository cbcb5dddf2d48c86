/** One delimited record and the 1-based line it starts on in the file. */
export interface CsvRecord {
  readonly line: number;
  readonly fields: string[];
}

export interface CsvOptions {
  readonly delimiter: string;
  readonly quote?: string;
}

/**
 * Splits decoded text chunks into RFC 4180 records, keeping the starting line number of each so that
 * a reject can name the line an analyst will find in a text editor. Quoted fields may hold delimiters,
 * doubled quotes and line breaks. A final record without a trailing newline is still yielded.
 */
export async function* csvRecords(
  chunks: AsyncIterable<string>,
  opts: CsvOptions,
): AsyncGenerator<CsvRecord> {
  const delim = opts.delimiter;
  const quote = opts.quote ?? '"';
  let fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let afterQuote = false;
  let line = 1;
  let recordLine = 1;
  let pendingCr = false;
  let quotedCr = false;
  let recordHasContent = false;

  const endRecord = (): CsvRecord | undefined => {
    fields.push(field);
    const rec =
      recordHasContent || fields.length > 1 || field !== '' ? { line: recordLine, fields } : undefined;
    fields = [];
    field = '';
    recordHasContent = false;
    return rec;
  };

  for await (const chunk of chunks) {
    const out: CsvRecord[] = [];
    for (let i = 0; i < chunk.length; i++) {
      const c = chunk[i] as string;
      if (pendingCr) {
        pendingCr = false;
        if (c === '\n') continue;
      }
      if (inQuotes) {
        if (c === quote) {
          if (chunk[i + 1] === quote) {
            field += quote;
            i++;
          } else {
            // At a chunk's end this may still be the first half of a doubled quote: see afterQuote.
            inQuotes = false;
            afterQuote = true;
          }
        } else {
          if (c === '\r' || (c === '\n' && !quotedCr)) line++;
          quotedCr = c === '\r';
          field += c;
        }
        continue;
      }
      if (afterQuote && c === quote) {
        // The doubled quote was split across chunks.
        field += quote;
        inQuotes = true;
        afterQuote = false;
        continue;
      }
      afterQuote = false;
      if (c === quote && field === '') {
        inQuotes = true;
        recordHasContent = true;
      } else if (c === delim) {
        fields.push(field);
        field = '';
        recordHasContent = true;
      } else if (c === '\n' || c === '\r') {
        const rec = endRecord();
        if (rec) out.push(rec);
        line++;
        recordLine = line;
        if (c === '\r') pendingCr = true;
      } else {
        field += c;
      }
    }
    for (const r of out) yield r;
  }
  const last = endRecord();
  if (last) yield last;
}
