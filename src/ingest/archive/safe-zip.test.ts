import { mkdtemp, readFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { text } from 'node:stream/consumers';
import { beforeEach, describe, expect, it } from 'vitest';
import { DEFAULT_LIMITS } from '../contract.js';
import { writeZip } from './fixtures/build-zip.js';
import type { TestZipEntry } from './fixtures/build-zip.js';
import { extractSafeZip } from './extract.js';
import { openSafeZip } from './safe-zip.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'skein-zip-'));
});

const limits = { ...DEFAULT_LIMITS, maxArchiveEntries: 10, maxUncompressedBytes: 50 * 1024 ** 2 };
const zipOf = (entries: readonly TestZipEntry[]) => writeZip(join(dir, 'a.zip'), entries);

async function codeOf(promise: Promise<unknown>): Promise<string | undefined> {
  try {
    await promise;
    return undefined;
  } catch (e) {
    return (e as { code?: string }).code;
  }
}

async function readAll(path: string, l = limits): Promise<string[]> {
  const zip = await openSafeZip(path, l);
  try {
    const out: string[] = [];
    for (const e of zip.entries) out.push(await text(await zip.openStream(e)));
    return out;
  } finally {
    zip.close();
  }
}

describe('openSafeZip', () => {
  it('reads a well-formed zip, stored and deflated', async () => {
    const path = await zipOf([
      { name: 'report.xml', data: Buffer.from('<project/>'), deflate: true },
      { name: 'files/Image/a.txt', data: Buffer.from('hello') },
    ]);
    expect(await readAll(path)).toEqual(['<project/>', 'hello']);
  });

  it.each([
    ['../evil', 'parent segment'],
    ['files/../../evil', 'nested parent segment'],
    ['/etc/passwd', 'absolute path'],
    ['C:/Windows/evil.dll', 'drive letter'],
    ['..\\evil', 'backslash parent'],
  ])('refuses %s (%s) with ARCHIVE_PATH_ESCAPE', async (name) => {
    const path = await zipOf([{ name, data: Buffer.from('x') }]);
    expect(await codeOf(openSafeZip(path, limits))).toBe('ARCHIVE_PATH_ESCAPE');
  });

  it('refuses a symlink entry with ARCHIVE_SYMLINK', async () => {
    const path = await zipOf([{ name: 'files/link', data: Buffer.from('/etc/passwd'), mode: 0o120777 }]);
    expect(await codeOf(openSafeZip(path, limits))).toBe('ARCHIVE_SYMLINK');
  });

  it('refuses too many entries with ARCHIVE_TOO_MANY_ENTRIES', async () => {
    const path = await zipOf(
      Array.from({ length: 11 }, (_, i) => ({ name: `f${i}`, data: Buffer.from('x') })),
    );
    expect(await codeOf(openSafeZip(path, limits))).toBe('ARCHIVE_TOO_MANY_ENTRIES');
  });

  it('refuses a zip bomb by its declared ratio with ARCHIVE_RATIO_EXCEEDED', async () => {
    const path = await zipOf([{ name: 'bomb', data: Buffer.alloc(20 * 1024 ** 2), deflate: true }]);
    expect(await codeOf(openSafeZip(path, limits))).toBe('ARCHIVE_RATIO_EXCEEDED');
  });

  it('refuses a declared total beyond the limit with ARCHIVE_TOO_LARGE', async () => {
    const big = { ...limits, maxUncompressedBytes: 1024 };
    const path = await zipOf([
      { name: 'a', data: Buffer.from('x'.repeat(600)) },
      { name: 'b', data: Buffer.from('y'.repeat(600)) },
    ]);
    expect(await codeOf(openSafeZip(path, big))).toBe('ARCHIVE_TOO_LARGE');
  });

  it('stops a lying declared size while inflating with ARCHIVE_SIZE_MISMATCH', async () => {
    const data = Buffer.alloc(8 * 1024 ** 2, 0x41);
    const path = await zipOf([{ name: 'report.xml', data, deflate: true, declaredSize: 100_000 }]);
    expect(await codeOf(readAll(path))).toBe('ARCHIVE_SIZE_MISMATCH');
  });

  it('refuses an entry shorter than declared with ARCHIVE_SIZE_MISMATCH', async () => {
    const path = await zipOf([{ name: 'a', data: Buffer.from('short'), declaredSize: 6 }]);
    expect(await codeOf(readAll(path))).toBe('ARCHIVE_SIZE_MISMATCH');
  });
});

describe('extractSafeZip', () => {
  it('writes entries under the destination only', async () => {
    const path = await zipOf([{ name: './files/Text/a.txt', data: Buffer.from('hi') }, { name: 'files/' }]);
    const zip = await openSafeZip(path, limits);
    const out = join(dir, 'out');
    try {
      await extractSafeZip(zip, out);
    } finally {
      zip.close();
    }
    expect(await readdir(join(out, 'files', 'Text'))).toEqual(['a.txt']);
    expect(await readFile(join(out, 'files', 'Text', 'a.txt'), 'utf8')).toBe('hi');
  });
});
