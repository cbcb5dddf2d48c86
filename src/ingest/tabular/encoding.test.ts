import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectDelimiter } from './delimiter.js';
import { detectEncoding } from './encoding.js';

describe('encoding detection', () => {
  const text = 'الرقم,المدة\r\n0912345678,60\r\n';
  it('reads BOMs, UTF-16 without BOM, UTF-8, and guesses Arabic or Latin code pages', () => {
    expect(detectEncoding(Buffer.from([0xef, 0xbb, 0xbf, 0x41])).encoding).toBe('utf-8');
    expect(
      detectEncoding(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode('a,b', 'utf-16le')])).encoding,
    ).toBe('utf-16le');
    expect(detectEncoding(iconv.encode('Target,Date\r\n1,2', 'utf-16le'))).toMatchObject({
      encoding: 'utf-16le',
      reason: 'nul-pattern',
    });
    expect(detectEncoding(iconv.encode('Target,Date\r\n1,2', 'utf-16be'))).toMatchObject({
      encoding: 'utf-16be',
      reason: 'nul-pattern',
    });
    expect(detectEncoding(Buffer.from(text, 'utf8'))).toMatchObject({
      encoding: 'utf-8',
      reason: 'valid-utf8',
    });
    expect(detectEncoding(iconv.encode(text, 'windows-1256'))).toMatchObject({ encoding: 'windows-1256' });
    expect(detectEncoding(iconv.encode('Numéro appelé;Durée\r\n', 'windows-1252'))).toMatchObject({
      encoding: 'windows-1252',
    });
  });
  it('picks the delimiter that splits data lines alike, past a preamble', () => {
    expect(detectDelimiter(['Report, 2026', 'a;b;c', '1;2;3', '4;5;6'])).toBe(';');
    expect(detectDelimiter(['a\tb\tc', '1\t2\t3'])).toBe('\t');
    expect(detectDelimiter(['a|b|c', '1|2|3'])).toBe('|');
  });
});
