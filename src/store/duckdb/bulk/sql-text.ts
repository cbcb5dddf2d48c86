/** A SQL string literal. Plans carry regexes and paths as data; they are quoted here, never spliced raw. */
export function lit(s: string): string {
  return `'${s.replaceAll("'", "''")}'`;
}

/**
 * Blank as the row rules define it: only spaces and tabs (or NULL). Most fields start with something else
 * and are settled by their first character: a CASE evaluates the trim only for the rest, where a plain
 * trim on every field cost about 1 s per column per 10M rows.
 */
export function blank(x: string): string {
  return `(CASE WHEN ${x} IS NULL OR ${x} = '' THEN true
                WHEN NOT (starts_with(${x}, ' ') OR starts_with(${x}, chr(9))) THEN false
                ELSE trim(${x}, ' ' || chr(9)) = '' END)`;
}

/** A regex matching a single delimiter character. */
export function delimRegex(d: string): string {
  return d === '\t' ? '\\t' : d.replace(/[|.*+?^$()[\]{}\\]/gu, '\\$&');
}
