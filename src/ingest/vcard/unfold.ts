/** A logical content line and the 1-based physical line it starts on. */
export interface LogicalLine {
  readonly row: number;
  readonly text: string;
}

const QP_PARAM = /QUOTED-PRINTABLE/iu;

/**
 * Joins folded lines, one physical line at a time: RFC 2425/6350 folding (line break + space or tab,
 * the whitespace removed) and vCard 2.1 quoted-printable soft breaks (a QP value ending in `=`
 * continues on the next line, which has no leading space and may itself start with `=`).
 */
export class Unfolder {
  private current: { row: number; text: string; isQp: boolean } | undefined;

  /** Adds physical line `row`; returns the logical line it completes, if any. */
  push(line: string, row: number): LogicalLine | undefined {
    const c = this.current;
    if (c !== undefined && c.isQp && c.text.endsWith('=')) {
      c.text = c.text.slice(0, -1) + line;
      return undefined;
    }
    if (c !== undefined && (line.startsWith(' ') || line.startsWith('\t'))) {
      c.text += line.slice(1);
      return undefined;
    }
    const head = line.split(':', 1)[0] ?? '';
    this.current = { row, text: line, isQp: line.includes(':') && QP_PARAM.test(head) };
    return c === undefined ? undefined : { row: c.row, text: c.text };
  }

  /** The last logical line, at end of input. */
  flush(): LogicalLine | undefined {
    const c = this.current;
    this.current = undefined;
    return c === undefined ? undefined : { row: c.row, text: c.text };
  }
}

/** Unfolds a whole list of physical lines (rows from 1). */
export function unfoldAll(lines: readonly string[]): LogicalLine[] {
  const u = new Unfolder();
  const out: LogicalLine[] = [];
  lines.forEach((line, i) => {
    const done = u.push(line, i + 1);
    if (done !== undefined) out.push(done);
  });
  const last = u.flush();
  if (last !== undefined) out.push(last);
  return out;
}
