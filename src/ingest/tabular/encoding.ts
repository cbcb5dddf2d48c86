/**
 * Text encoding of a tabular file, decided from its first bytes. Heuristic, in order:
 * 1. a BOM (UTF-8, UTF-16 LE/BE) decides;
 * 2. no BOM but NULs in every other byte of the sample: UTF-16 (LE if the NULs sit at odd offsets);
 * 3. the sample is valid UTF-8 (a sequence cut at the sample's end is allowed): UTF-8;
 * 4. otherwise a legacy single-byte code page: Windows-1256 when bytes 0xC1–0xDA / 0xE1–0xEF dominate the
 *    high half (Arabic letters there), else Windows-1252.
 * A profile or `--encoding` overrides this; the decision and its reason go into the import notes.
 */
export type TextEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252' | 'windows-1256';

export interface EncodingGuess {
  readonly encoding: TextEncoding;
  /** Bytes of BOM to skip. */
  readonly bomBytes: number;
  readonly reason: 'bom' | 'nul-pattern' | 'valid-utf8' | 'arabic-bytes' | 'latin-fallback';
}

export function detectEncoding(b: Uint8Array): EncodingGuess {
  if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf)
    return { encoding: 'utf-8', bomBytes: 3, reason: 'bom' };
  if (b[0] === 0xff && b[1] === 0xfe) return { encoding: 'utf-16le', bomBytes: 2, reason: 'bom' };
  if (b[0] === 0xfe && b[1] === 0xff) return { encoding: 'utf-16be', bomBytes: 2, reason: 'bom' };
  const n = Math.min(b.length, 4096) & ~1;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < n; i++) {
    if (b[i] !== 0) continue;
    if (i % 2 === 0) evenNul++;
    else oddNul++;
  }
  if (n > 0 && oddNul > n / 4 && evenNul < n / 50)
    return { encoding: 'utf-16le', bomBytes: 0, reason: 'nul-pattern' };
  if (n > 0 && evenNul > n / 4 && oddNul < n / 50)
    return { encoding: 'utf-16be', bomBytes: 0, reason: 'nul-pattern' };
  if (isUtf8(b)) return { encoding: 'utf-8', bomBytes: 0, reason: 'valid-utf8' };
  let arabic = 0;
  let high = 0;
  for (const x of b) {
    if (x < 0x80) continue;
    high++;
    if ((x >= 0xc1 && x <= 0xda) || (x >= 0xe1 && x <= 0xef && x !== 0xe7 && x !== 0xe8 && x !== 0xe9))
      arabic++;
  }
  return arabic > high / 2
    ? { encoding: 'windows-1256', bomBytes: 0, reason: 'arabic-bytes' }
    : { encoding: 'windows-1252', bomBytes: 0, reason: 'latin-fallback' };
}

/** Strict UTF-8 validation (no overlongs, no surrogates); a sequence cut by the sample's end passes. */
export function isUtf8(b: Uint8Array): boolean {
  let i = 0;
  while (i < b.length) {
    const x = b[i] as number;
    if (x < 0x80) {
      i++;
      continue;
    }
    let need: number;
    let min: number;
    if (x >= 0xc2 && x <= 0xdf) [need, min] = [1, 0x80];
    else if (x >= 0xe0 && x <= 0xef) [need, min] = [2, 0x800];
    else if (x >= 0xf0 && x <= 0xf4) [need, min] = [3, 0x10000];
    else return false;
    if (i + need >= b.length) return true;
    let cp = x & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = b[i + k] as number;
      if ((c & 0xc0) !== 0x80) return false;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return false;
    i += need + 1;
  }
  return true;
}
