import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The built web client (`npm run build:web`), from both src/server and dist/server; null when not built. */
export function defaultWebRoot(): string | null {
  const root = fileURLToPath(new URL('../../dist/web/', import.meta.url));
  return existsSync(`${root}index.html`) ? root : null;
}
