import { lstat, readdir } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { SkeinError } from '../../model/index.js';
import { isSqliteFile } from './sqlite-file.js';

// An unpacked extraction has tens of thousands of files; beyond this it is not one phone.
const MAX_FILES = 500_000;

/**
 * SQLite files under `root` (or `root` itself when it is a file), found by their header, not their
 * name. Symbolic links are not followed, so an extraction cannot point the walk outside itself.
 */
export async function findSqliteFiles(root: string): Promise<{ path: string; label: string }[]> {
  const info = await lstat(root);
  if (info.isFile())
    return (await isSqliteFile(root)) ? [{ path: root, label: root.split(/[\\/]/u).at(-1) ?? root }] : [];
  const found: { path: string; label: string }[] = [];
  const stack = [root];
  let seen = 0;
  while (stack.length > 0) {
    const dir = stack.pop() as string;
    for (const entry of await readdir(dir, { withFileTypes: true })) {
      seen += 1;
      if (seen > MAX_FILES)
        throw new SkeinError('FOLDER_TOO_MANY_FILES', `more than ${MAX_FILES} files under ${root}`, {
          file: root,
        });
      const path = join(dir, entry.name);
      if (entry.isDirectory()) stack.push(path);
      else if (entry.isFile() && (await isSqliteFile(path)))
        found.push({ path, label: relative(root, path) });
    }
  }
  return found.sort((a, b) => a.label.localeCompare(b.label));
}
