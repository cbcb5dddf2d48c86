import type { Readable } from 'node:stream';
import iconv from 'iconv-lite';
import yauzl from 'yauzl';
import type { Entry, ZipFile } from 'yauzl';
import { SkeinError } from '../../model/index.js';
import type { ImportLimits } from '../contract.js';
import { ArchiveBudget } from './archive-budget.js';
import { safeEntryName } from './entry-name.js';
import { SizeGuard } from './size-guard.js';

/** One checked entry of a zip; `name` is safe to join under an extraction folder. */
export interface SafeZipEntry {
  readonly name: string;
  readonly isDirectory: boolean;
  readonly compressedSize: number;
  readonly uncompressedSize: number;
  readonly raw: Entry;
}

/** A zip whose whole central directory passed the safety checks. */
export interface SafeZip {
  readonly entries: readonly SafeZipEntry[];
  /** The entry's inflated bytes, checked against its declared size and the ratio limit as they stream. */
  openStream(entry: SafeZipEntry): Promise<Readable>;
  close(): void;
}

const UTF8_FLAG = 0x800;
const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;

/**
 * Opens a zip and checks every entry of its central directory (path escapes, symlinks, entry count,
 * declared total size, per-entry ratio) before any entry is read; throws a `SkeinError` with an
 * `ARCHIVE_*` code on the first violation.
 */
export async function openSafeZip(path: string, limits: ImportLimits, file = path): Promise<SafeZip> {
  // decodeStrings:false turns off yauzl's own name checks so ours (with our codes) are the only ones;
  // validateEntrySizes:false because SizeGuard does it with a stable code.
  const zip = await new Promise<ZipFile>((resolve, reject) =>
    yauzl.open(
      path,
      { lazyEntries: true, autoClose: false, decodeStrings: false, validateEntrySizes: false },
      (e, z) => (e ? reject(new SkeinError('ARCHIVE_UNREADABLE', e.message, { file })) : resolve(z)),
    ),
  );
  try {
    const entries = await readDirectory(zip, new ArchiveBudget(limits, file), file);
    return {
      entries,
      openStream: (entry) => openGuarded(zip, entry, limits, file),
      close: () => zip.close(),
    };
  } catch (e) {
    zip.close();
    throw e;
  }
}

function readDirectory(zip: ZipFile, budget: ArchiveBudget, file: string): Promise<SafeZipEntry[]> {
  return new Promise((resolve, reject) => {
    const entries: SafeZipEntry[] = [];
    zip.on('entry', (raw: Entry) => {
      try {
        const decoded =
          (raw.generalPurposeBitFlag & UTF8_FLAG) !== 0
            ? raw.fileNameRaw.toString('utf8')
            : iconv.decode(raw.fileNameRaw, 'cp437');
        const name = safeEntryName(decoded, file);
        const isSymlink = ((raw.externalFileAttributes >>> 16) & S_IFMT) === S_IFLNK;
        budget.admit({
          name,
          compressedSize: raw.compressedSize,
          uncompressedSize: raw.uncompressedSize,
          isSymlink,
        });
        entries.push({
          name,
          isDirectory: name.endsWith('/'),
          compressedSize: raw.compressedSize,
          uncompressedSize: raw.uncompressedSize,
          raw,
        });
        zip.readEntry();
      } catch (e) {
        reject(e instanceof Error ? e : new Error(String(e)));
      }
    });
    zip.on('end', () => resolve(entries));
    zip.on('error', (e: Error) => reject(new SkeinError('ARCHIVE_UNREADABLE', e.message, { file })));
    zip.readEntry();
  });
}

async function openGuarded(
  zip: ZipFile,
  entry: SafeZipEntry,
  limits: ImportLimits,
  file: string,
): Promise<Readable> {
  if (entry.raw.isEncrypted() || !entry.raw.canDecodeFileData())
    throw new SkeinError('ARCHIVE_UNSUPPORTED_ENTRY', `cannot decode entry ${entry.name}`, {
      file,
      field: entry.name,
    });
  const source = await new Promise<Readable>((resolve, reject) =>
    zip.openReadStream(entry.raw, (e, s) =>
      e ? reject(new SkeinError('ARCHIVE_UNREADABLE', e.message, { file, field: entry.name })) : resolve(s),
    ),
  );
  const guard = new SizeGuard({
    file,
    entry: entry.name,
    declaredBytes: entry.uncompressedSize,
    compressedBytes: entry.compressedSize,
    maxCompressionRatio: limits.maxCompressionRatio,
  });
  source.on('error', (e: Error) =>
    guard.destroy(new SkeinError('ARCHIVE_UNREADABLE', e.message, { file, field: entry.name })),
  );
  return source.pipe(guard);
}
