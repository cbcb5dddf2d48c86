import { SkeinError } from '../../model/index.js';

// Windows drive letters (`C:`), UNC/absolute paths and `..` segments all let an entry land outside the
// extraction folder ("zip slip"); NUL truncates names in some native APIs.
const DRIVE = /^[a-zA-Z]:/u;

/**
 * Returns the entry's path with `/` separators, or throws `ARCHIVE_PATH_ESCAPE` when the name could
 * resolve outside the folder it is extracted to. Example: `safeEntryName('files/a.jpg')` is `'files/a.jpg'`.
 */
export function safeEntryName(name: string, archive?: string): string {
  const unified = name.replaceAll('\\', '/');
  const isEscape =
    unified === '' ||
    unified.includes('\u0000') ||
    unified.startsWith('/') ||
    DRIVE.test(unified) ||
    unified.split('/').some((segment) => segment === '..');
  if (isEscape) {
    throw new SkeinError('ARCHIVE_PATH_ESCAPE', `archive entry escapes the extraction folder: ${name}`, {
      ...(archive !== undefined ? { file: archive } : {}),
      field: name,
    });
  }
  return unified.replace(/^(?:\.\/)+/u, '');
}
