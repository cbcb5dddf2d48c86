/** One parsed content line: `group.NAME;PARAM=a,b;BARE:value`. Names and parameter keys are upper-case. */
export interface ContentLine {
  readonly row: number;
  readonly group?: string;
  readonly name: string;
  /** Parameter values; vCard 2.1 bare parameters (`TEL;CELL`) are read as `TYPE`. */
  readonly params: ReadonlyMap<string, readonly string[]>;
  readonly value: string;
}

const BARE_ENCODINGS = new Set(['QUOTED-PRINTABLE', 'BASE64', 'B', '8BIT', '7BIT']);

function splitParams(head: string): string[] {
  const parts: string[] = [];
  let current = '';
  let isQuoted = false;
  for (const c of head) {
    if (c === '"') isQuoted = !isQuoted;
    if (c === ';' && !isQuoted) {
      parts.push(current);
      current = '';
    } else current += c;
  }
  parts.push(current);
  return parts;
}

function addParam(params: Map<string, string[]>, key: string, values: readonly string[]): void {
  const list = params.get(key) ?? [];
  list.push(...values);
  params.set(key, list);
}

/** Parses a logical line; undefined when it has no `:` or no name. */
export function parseContentLine(text: string, row: number): ContentLine | undefined {
  let colon = -1;
  let isQuoted = false;
  for (let i = 0; i < text.length; i += 1) {
    if (text[i] === '"') isQuoted = !isQuoted;
    else if (text[i] === ':' && !isQuoted) {
      colon = i;
      break;
    }
  }
  if (colon <= 0) return undefined;
  const [namepart = '', ...rawParams] = splitParams(text.slice(0, colon));
  const dot = namepart.lastIndexOf('.');
  const name = namepart
    .slice(dot + 1)
    .trim()
    .toUpperCase();
  if (!/^[A-Z0-9-]+$/u.test(name)) return undefined;
  const params = new Map<string, string[]>();
  for (const p of rawParams) {
    const eq = p.indexOf('=');
    if (eq < 0) {
      const bare = p.trim().toUpperCase();
      if (BARE_ENCODINGS.has(bare)) addParam(params, 'ENCODING', [bare]);
      else if (bare !== '') addParam(params, 'TYPE', [bare]);
      continue;
    }
    const key = p.slice(0, eq).trim().toUpperCase();
    const values = p
      .slice(eq + 1)
      .replace(/^"|"$/gu, '')
      .split(',')
      .map((v) => v.trim())
      .filter((v) => v !== '');
    addParam(params, key, key === 'TYPE' ? values.map((v) => v.toUpperCase()) : values);
  }
  const base = { row, name, params, value: text.slice(colon + 1) };
  return dot > 0 ? { ...base, group: namepart.slice(0, dot) } : base;
}
