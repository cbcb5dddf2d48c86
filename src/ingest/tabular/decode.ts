import { createReadStream } from 'node:fs';
import iconv from 'iconv-lite';
import type { TextEncoding } from './encoding.js';

/** Streams a file as decoded text chunks, skipping its BOM. Memory stays at one chunk. */
export async function* decodedChunks(
  path: string,
  encoding: TextEncoding,
  bomBytes: number,
): AsyncGenerator<string> {
  const decoder = iconv.getDecoder(encoding);
  for await (const buf of createReadStream(path, { start: bomBytes, highWaterMark: 1 << 20 })) {
    const text = decoder.write(buf as Buffer);
    if (text !== '') yield text;
  }
  const rest = decoder.end();
  if (rest !== undefined && rest !== '') yield rest;
}
