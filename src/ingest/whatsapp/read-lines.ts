import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import yauzl from 'yauzl';
import type { ImportInput } from '../contract.js';
import { SkeinError } from '../../model/index.js';

/** Opens a fresh line stream over the chat each time it is called, so the file can be read twice. */
export type LineSource = () => AsyncIterable<string>;

const isZip = (input: ImportInput): boolean => /\.zip$/iu.test(input.fileName);

async function* linesOf(stream: Readable): AsyncIterable<string> {
  stream.setEncoding('utf8');
  const rl = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  let isFirst = true;
  for await (const line of rl) {
    yield isFirst ? line.replace(/^\ufeff/u, '') : line;
    isFirst = false;
  }
}

// iOS shares a chat as a ZIP holding `_chat.txt` beside the media; Android's "with media" export likewise.
async function* zipChatLines(input: ImportInput): AsyncIterable<string> {
  const zip = await yauzl.openPromise(input.path, {
    lazyEntries: true,
    autoClose: false,
    validateEntrySizes: true,
  });
  try {
    if (zip.entryCount > input.limits.maxArchiveEntries) {
      throw new SkeinError('WHATSAPP_ARCHIVE_TOO_MANY_ENTRIES', 'archive has too many entries', {
        file: input.fileName,
      });
    }
    let chosen: yauzl.Entry | undefined;
    for await (const entry of zip.eachEntry()) {
      // `_chat.txt` is the chat; other .txt entries may be attachments ("Some file.txt").
      if (entry.fileName === '_chat.txt' || entry.fileName.endsWith('/_chat.txt')) chosen = entry;
      else if (chosen === undefined && /^[^/]*\.txt$/u.test(entry.fileName)) chosen = entry;
    }
    if (chosen === undefined) {
      throw new SkeinError('WHATSAPP_ARCHIVE_NO_CHAT', 'archive holds no chat .txt', {
        file: input.fileName,
      });
    }
    const ratio = chosen.uncompressedSize / Math.max(1, chosen.compressedSize);
    if (
      chosen.uncompressedSize > input.limits.maxUncompressedBytes ||
      ratio > input.limits.maxCompressionRatio
    ) {
      throw new SkeinError('WHATSAPP_ARCHIVE_TOO_LARGE', 'chat text in archive exceeds limits', {
        file: input.fileName,
        field: chosen.fileName,
      });
    }
    yield* linesOf(await zip.openReadStreamPromise(chosen));
  } finally {
    zip.close();
  }
}

/** The lines of a WhatsApp export: a `.txt`, or the first `.txt` inside a `.zip`. */
export function chatLines(input: ImportInput): LineSource {
  if (input.bytes > input.limits.maxFileBytes) {
    throw new SkeinError('WHATSAPP_FILE_TOO_LARGE', 'file exceeds the size limit', { file: input.fileName });
  }
  return isZip(input) ? () => zipChatLines(input) : () => linesOf(createReadStream(input.path));
}
