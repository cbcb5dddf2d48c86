import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { join, relative } from 'node:path';

/** SHA-256 of a file, streamed. */
export async function sha256File(path: string): Promise<string> {
  const h = createHash('sha256');
  for await (const chunk of createReadStream(path)) h.update(chunk as Buffer);
  return h.digest('hex');
}

/**
 * A folder (an unpacked extraction) hashes as the sorted list of its files' relative paths and
 * hashes, so the same extraction imported twice is recognised whatever order the disk lists it in.
 */
export async function sha256Folder(root: string): Promise<{ sha256: string; bytes: number }> {
  const files: string[] = [];
  const walk = async (dir: string): Promise<void> => {
    for (const e of await readdir(dir, { withFileTypes: true })) {
      const p = join(dir, e.name);
      if (e.isDirectory()) await walk(p);
      else if (e.isFile()) files.push(p);
    }
  };
  await walk(root);
  files.sort();
  const h = createHash('sha256');
  let bytes = 0;
  for (const f of files) {
    bytes += (await stat(f)).size;
    h.update(`${relative(root, f)}\0${await sha256File(f)}\n`);
  }
  return { sha256: h.digest('hex'), bytes };
}
