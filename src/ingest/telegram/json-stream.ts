import { SkeinError } from '../../model/index.js';

/** A location in a JSON document: object keys and array indexes from the root. */
export type JsonPath = readonly (string | number)[];

type Expect = 'keyOrEnd' | 'key' | 'colon' | 'value' | 'valueOrEnd' | 'commaOrEnd';

interface Frame {
  readonly isArray: boolean;
  readonly path: JsonPath;
  /** Set when this container is being materialised (it, or an ancestor, is wanted). */
  readonly build?: unknown[] | Record<string, unknown>;
  expect: Expect;
  key?: string;
  index: number;
}

const LITERALS: Readonly<Record<string, unknown>> = { true: true, false: false, null: null };
const NUMBER = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?$/u;
const ESCAPES: Readonly<Record<string, string>> = {
  '"': '"',
  '\\': '\\',
  '/': '/',
  b: '\b',
  f: '\f',
  n: '\n',
  r: '\r',
  t: '\t',
};

/**
 * A push parser that materialises only the values whose path `isWanted` accepts, and hands each to
 * `emit` as soon as it closes; everything else is walked without being kept, so memory is bounded by
 * the largest wanted value (one message), not by the file.
 */
export class JsonStream {
  private readonly stack: Frame[] = [];
  private mode: 'value' | 'string' | 'bare' = 'value';
  private text = '';
  private escape: string | undefined;
  private offset = 0;
  private isDone = false;

  constructor(
    private readonly isWanted: (path: JsonPath) => boolean,
    private readonly emit: (path: JsonPath, value: unknown) => void,
  ) {}

  write(chunk: string): void {
    let i = 0;
    while (i < chunk.length) {
      if (this.mode === 'string') i = this.readString(chunk, i);
      else if (this.mode === 'bare') i = this.readBare(chunk, i);
      else i = this.readPunct(chunk, i);
    }
    this.offset += chunk.length;
  }

  /** Throws `TELEGRAM_BAD_JSON` unless exactly one complete document was read. */
  end(): void {
    if (this.mode === 'bare') this.finishBare();
    if (!this.isDone || this.stack.length > 0 || this.mode !== 'value') this.fail('document is incomplete');
  }

  private fail(why: string, at = this.offset): never {
    throw new SkeinError('TELEGRAM_BAD_JSON', `invalid JSON: ${why}`, { field: `char ${at}` });
  }

  private readPunct(chunk: string, start: number): number {
    const c = chunk[start] ?? '';
    if (c === ' ' || c === '\n' || c === '\r' || c === '\t') return start + 1;
    const top = this.stack.at(-1);
    if (c === '"') {
      this.mode = 'string';
      this.text = '';
    } else if (c === '{' || c === '[') this.open(c === '[');
    else if (c === '}' || c === ']') this.close(c === ']', top);
    else if (c === ':') {
      if (top?.expect !== 'colon') this.fail('unexpected ":"', this.offset + start);
      top.expect = 'value';
    } else if (c === ',') {
      if (top?.expect !== 'commaOrEnd') this.fail('unexpected ","', this.offset + start);
      top.expect = top.isArray ? 'value' : 'key';
    } else {
      this.mode = 'bare';
      this.text = '';
      return start;
    }
    return start + 1;
  }

  private readString(chunk: string, start: number): number {
    let i = start;
    while (i < chunk.length) {
      if (this.escape !== undefined) {
        this.escape += chunk[i];
        i += 1;
        this.finishEscape();
        continue;
      }
      const quote = chunk.indexOf('"', i);
      const slash = chunk.indexOf('\\', i);
      const stop = quote < 0 ? slash : slash < 0 ? quote : Math.min(quote, slash);
      if (stop < 0) {
        this.text += chunk.slice(i);
        return chunk.length;
      }
      this.text += chunk.slice(i, stop);
      if (stop === slash) {
        this.escape = '';
        i = stop + 1;
        continue;
      }
      this.mode = 'value';
      this.stringDone(this.text);
      return stop + 1;
    }
    return i;
  }

  private finishEscape(): void {
    const e = this.escape ?? '';
    if (e[0] === 'u') {
      if (e.length < 5) return;
      if (!/^u[0-9a-fA-F]{4}$/u.test(e)) this.fail('bad \\u escape');
      this.text += String.fromCharCode(parseInt(e.slice(1), 16));
    } else {
      const mapped = ESCAPES[e];
      if (mapped === undefined) this.fail('bad escape');
      this.text += mapped;
    }
    this.escape = undefined;
  }

  private readBare(chunk: string, start: number): number {
    let i = start;
    while (i < chunk.length && /[-+.\w]/u.test(chunk[i] ?? '')) i += 1;
    this.text += chunk.slice(start, i);
    if (i < chunk.length) this.finishBare();
    return i;
  }

  private finishBare(): void {
    this.mode = 'value';
    const t = this.text;
    if (t in LITERALS) this.value(LITERALS[t]);
    else if (NUMBER.test(t)) this.value(Number(t));
    else this.fail(`unexpected "${t.slice(0, 20)}"`);
  }

  private stringDone(s: string): void {
    const top = this.stack.at(-1);
    if (top !== undefined && !top.isArray && (top.expect === 'keyOrEnd' || top.expect === 'key')) {
      top.key = s;
      top.expect = 'colon';
      return;
    }
    this.value(s);
  }

  private childPath(): { path: JsonPath; parent: Frame | undefined } {
    const parent = this.stack.at(-1);
    if (parent === undefined) {
      if (this.isDone) this.fail('text after the document');
      return { path: [], parent };
    }
    if (parent.expect !== 'value' && parent.expect !== 'valueOrEnd') this.fail('unexpected value');
    return { path: [...parent.path, parent.isArray ? parent.index : (parent.key ?? '')], parent };
  }

  private value(v: unknown): void {
    const { path, parent } = this.childPath();
    if (parent?.build !== undefined) this.attach(parent, v);
    else if (parent !== undefined && this.isWanted(path)) this.emit(path, v);
    this.advance(parent);
  }

  private open(isArray: boolean): void {
    const { path, parent } = this.childPath();
    const isBuilding = parent?.build !== undefined || this.isWanted(path);
    const build = isBuilding ? (isArray ? [] : {}) : undefined;
    const frame: Frame = { isArray, path, expect: isArray ? 'valueOrEnd' : 'keyOrEnd', index: 0 };
    this.stack.push(build === undefined ? frame : { ...frame, build });
  }

  private close(isArray: boolean, top: Frame | undefined): void {
    const canEnd = top?.expect === 'commaOrEnd' || top?.expect === 'keyOrEnd' || top?.expect === 'valueOrEnd';
    if (top === undefined || top.isArray !== isArray || !canEnd) this.fail('unexpected close');
    this.stack.pop();
    const parent = this.stack.at(-1);
    if (top.build !== undefined) {
      if (parent?.build !== undefined) this.attach(parent, top.build);
      else this.emit(top.path, top.build);
    }
    this.advance(parent);
  }

  private attach(parent: Frame, v: unknown): void {
    if (Array.isArray(parent.build)) parent.build.push(v);
    // defineProperty, not assignment: a hostile export's "__proto__" key must stay data, not set a prototype.
    else if (parent.build !== undefined)
      Object.defineProperty(parent.build, parent.key ?? '', {
        value: v,
        enumerable: true,
        writable: true,
        configurable: true,
      });
  }

  private advance(parent: Frame | undefined): void {
    if (parent === undefined) {
      this.isDone = true;
      return;
    }
    if (parent.isArray) parent.index += 1;
    parent.expect = 'commaOrEnd';
  }
}
