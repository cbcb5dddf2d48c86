import type { ContentLine } from './content-line.js';

/** Decodes quoted-printable text to bytes: `=XX` is a byte, other characters stand for themselves. */
export function decodeQuotedPrintable(text: string): Uint8Array {
  const bytes: number[] = [];
  const encoder = new TextEncoder();
  for (let i = 0; i < text.length; i += 1) {
    const hex = text.slice(i + 1, i + 3);
    if (text[i] === '=' && /^[0-9A-Fa-f]{2}$/u.test(hex)) {
      bytes.push(parseInt(hex, 16));
      i += 2;
    } else if (text[i] === '=' && i === text.length - 1) {
      // A trailing soft break left by a truncated file: it carries no data.
    } else bytes.push(...encoder.encode(text[i]));
  }
  return Uint8Array.from(bytes);
}

function decodeBytes(bytes: Uint8Array, charset: string | undefined): string {
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes);
  } catch {
    // An unknown CHARSET label: UTF-8 is what phones write in practice.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

/** Undoes text escaping (`\n`, `\,`, `\;`, `\\`). */
export function unescapeText(text: string): string {
  return text.replace(/\\([nN,;:\\])/gu, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
}

/** Splits a structured value (`N`, `ADR`) on unescaped `;`, then unescapes each component. */
export function splitStructured(value: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i += 1) {
    const c = value[i] ?? '';
    if (c === '\\' && i + 1 < value.length) {
      current += c + (value[i + 1] ?? '');
      i += 1;
    } else if (c === ';') {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts.map(unescapeText);
}

/** The raw value of a line after transfer decoding (quoted-printable + CHARSET); escapes still in place. */
export function decodedValue(line: ContentLine): string {
  const encoding = line.params.get('ENCODING')?.[0]?.toUpperCase();
  if (encoding !== 'QUOTED-PRINTABLE') return line.value;
  return decodeBytes(decodeQuotedPrintable(line.value), line.params.get('CHARSET')?.[0]);
}

/** The text value of a line, decoded and unescaped. */
export function textValue(line: ContentLine): string {
  return unescapeText(decodedValue(line)).trim();
}
