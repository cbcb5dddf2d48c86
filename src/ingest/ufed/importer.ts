import { createReadStream } from 'node:fs';
import { open } from 'node:fs/promises';
import type { Readable } from 'node:stream';
import { SkeinError } from '../../model/index.js';
import { openSafeZip } from '../archive/index.js';
import type { SafeZip } from '../archive/index.js';
import type { ImportInput, Importer, ImportOutcome, ProgressFn, RecordSink } from '../contract.js';
import { UfedOptions } from './options.js';
import { UfedSession } from './session.js';
import { readUfedXml } from './xml-reader.js';

const ZIP_MAGIC = 0x04034b50;
// Large reads keep the parser busy instead of waiting on many small I/O callbacks.
const READ_CHUNK = 1024 * 1024;

/** Imports a Cellebrite UFED `report.xml`, or a `.ufdr` zip holding one, streaming it in bounded memory. */
export const ufedImporter: Importer<UfedOptions> = {
  kind: 'ufed',
  name: 'Cellebrite UFED report (report.xml / .ufdr)',
  version: '1.0.0',
  options: UfedOptions,
  acceptsFolder: false,
  run: runUfed,
};

async function runUfed(
  input: ImportInput,
  options: UfedOptions,
  sink: RecordSink,
  progress: ProgressFn,
): Promise<ImportOutcome> {
  if (input.bytes > input.limits.maxFileBytes)
    throw new SkeinError('FILE_TOO_LARGE', `${input.fileName} exceeds ${input.limits.maxFileBytes} bytes`, {
      file: input.fileName,
    });
  const session = new UfedSession(sink, input, options);
  const { stream, total, zip } = await openReport(input);
  try {
    await readUfedXml(stream, input.fileName, {
      onMetadata: session.onMetadata,
      onModel: session.onModel,
      onProgress: (chars) => progress(chars, total, 'bytes'),
    });
  } finally {
    stream.destroy();
    zip?.close();
  }
  return session.finish();
}

async function openReport(input: ImportInput): Promise<{ stream: Readable; total: number; zip?: SafeZip }> {
  if (!(await isZip(input.path)))
    return { stream: createReadStream(input.path, { highWaterMark: READ_CHUNK }), total: input.bytes };
  const zip = await openSafeZip(input.path, input.limits, input.fileName);
  const entry = zip.entries.find((e) => e.name.toLowerCase() === 'report.xml');
  if (entry === undefined) {
    zip.close();
    throw new SkeinError('UFDR_NO_REPORT', `${input.fileName} holds no report.xml at its root`, {
      file: input.fileName,
    });
  }
  return { stream: await zip.openStream(entry), total: entry.uncompressedSize, zip };
}

async function isZip(path: string): Promise<boolean> {
  const fh = await open(path, 'r');
  try {
    const buf = Buffer.alloc(4);
    const { bytesRead } = await fh.read(buf, 0, 4, 0);
    return bytesRead === 4 && buf.readUInt32LE(0) === ZIP_MAGIC;
  } finally {
    await fh.close();
  }
}
