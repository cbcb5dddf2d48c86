/** A SQL string literal. Plans carry regexes and paths as data; they are quoted here, never spliced raw. */
export function lit(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/** Blank as the row rules define it: only spaces and tabs. */
export function blank(x: string): string {
  return `(trim(coalesce(${x}, ''), ' ' || chr(9)) = '')`;
}

/** A regex matching a single delimiter character. */
export function delimRegex(d: string): string {
  return d === '\t' ? '\\t' : d.replace(/[|.*+?^$()[\]{}\\]/gu, '\\$&');
}
