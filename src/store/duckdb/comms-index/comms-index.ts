import { closeSync, existsSync, openSync, readFileSync, readSync } from 'node:fs';
import type { CellSite, TimeWindow } from '../../comms-port.js';
import {
  ENTITIES,
  PARTY_FIRST,
  PARTY_LAST,
  SITES,
  IndexEntities,
  IndexSites,
  IndexMeta,
  LEG_COLUMNS,
  LEG_STARTS,
  META,
  OBS_COLUMNS,
  OBS_STARTS,
  eventIdOf,
  legFile,
  obsFile,
  type LegColumn,
  type ObsColumn,
  type PairColumn,
  PAIR_COLUMNS,
  PAIR_STARTS,
  pairFile,
} from './layout.js';

type ArrayCtor<A extends ArrayBufferView> = { new (n: number): A; readonly BYTES_PER_ELEMENT: number };

/** Reads `count` elements from `start` of an open raw column file: one positioned read. */
function readRange<A extends ArrayBufferView>(
  fd: number,
  ctor: ArrayCtor<A>,
  start: number,
  count: number,
): A {
  const out = new ctor(count);
  const bytes = count * ctor.BYTES_PER_ELEMENT;
  const view = new Uint8Array(out.buffer, out.byteOffset, bytes);
  let done = 0;
  while (done < bytes) {
    const n = readSync(fd, view, done, bytes - done, start * ctor.BYTES_PER_ELEMENT + done);
    if (n === 0) throw new Error('a communications index column is shorter than its directory says');
    done += n;
  }
  return out;
}

/** First index in `t[lo, hi)` whose value is ≥ `x` (or > `x` when `after`). */
function bound(t: Float64Array, x: number, after: boolean): number {
  let lo = 0;
  let hi = t.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (t[mid]! < x || (after && t[mid] === x)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** A contiguous run of index rows (one party's legs or one cell's sightings), columns read on demand. */
export class Slice<C extends string> {
  private readonly cache = new Map<C, ArrayBufferView>();

  constructor(
    readonly t: Float64Array,
    private readonly from: number,
    private readonly read: (col: C, start: number, count: number) => ArrayBufferView,
  ) {}

  get length(): number {
    return this.t.length;
  }

  col<A extends ArrayBufferView>(c: C): A {
    let a = this.cache.get(c);
    if (a === undefined) {
      a = this.read(c, this.from, this.t.length);
      this.cache.set(c, a);
    }
    return a as A;
  }

  /** The event id held in the three word columns `<words>0..2` of row `i`. */
  eventId(i: number, words = 'ev'): string {
    const w = (k: number): number => this.col<Uint32Array>(`${words}${k}` as C)[i] as number;
    return eventIdOf(w(0), w(1), w(2));
  }
}

export type LegSlice = Slice<LegColumn>;
export type ObsSlice = Slice<ObsColumn>;
export type PairSlice = Slice<PairColumn>;

/**
 * A case's communications index, opened from its directory. Dictionaries and directories are held in
 * memory (a few bytes per party and cell); rows are read from disk per party or cell, so a lookup costs
 * a handful of positioned reads whatever the size of the case.
 */
export class CommsIndex {
  private readonly partyNos: Map<string, number>;
  private readonly cellNos: Map<string, number>;
  private entityTable: IndexEntities | undefined;
  private siteTable: Map<string, CellSite> | undefined;
  /** Column files stay open while the index is in use: a lookup is then only positioned reads. */
  private readonly fds = new Map<string, number>();

  private constructor(
    private readonly dir: string,
    readonly meta: IndexMeta,
    private readonly legStarts: Int32Array,
    private readonly obsStarts: Int32Array,
    private readonly pairStarts: Int32Array,
    /** Per party, the time of its first and last leg (NaN when it has none). */
    readonly firstSeen: Float64Array,
    readonly lastSeen: Float64Array,
  ) {
    this.partyNos = new Map(meta.parties.map((p, i) => [p, i]));
    this.cellNos = new Map(meta.cells.map((c, i) => [c, i]));
  }

  static open(dir: string): CommsIndex | undefined {
    if (!existsSync(`${dir}/${META}`)) return undefined;
    const meta = IndexMeta.safeParse(JSON.parse(readFileSync(`${dir}/${META}`, 'utf8')));
    if (!meta.success) return undefined;
    const whole = <A extends ArrayBufferView>(f: string, ctor: ArrayCtor<A>, n: number): A => {
      const fd = openSync(`${dir}/${f}`, 'r');
      try {
        return readRange(fd, ctor, 0, n);
      } finally {
        closeSync(fd);
      }
    };
    const parties = meta.data.parties.length;
    const starts = (f: string, n: number): Int32Array => whole(f, Int32Array, n + 1);
    return new CommsIndex(
      dir,
      meta.data,
      starts(LEG_STARTS, meta.data.parties.length),
      starts(OBS_STARTS, meta.data.cells.length),
      starts(PAIR_STARTS, meta.data.parties.length),
      whole(PARTY_FIRST, Float64Array, parties),
      whole(PARTY_LAST, Float64Array, parties),
    );
  }

  /** Closes the column files; the index must not be read afterwards. */
  close(): void {
    for (const fd of this.fds.values()) closeSync(fd);
    this.fds.clear();
  }

  private fd(file: string): number {
    let fd = this.fds.get(file);
    if (fd === undefined) {
      fd = openSync(`${this.dir}/${file}`, 'r');
      this.fds.set(file, fd);
    }
    return fd;
  }

  get stamp(): string {
    return this.meta.stamp;
  }

  partyNo(id: string): number | undefined {
    return this.partyNos.get(id);
  }

  party(no: number): string {
    return this.meta.parties[no] as string;
  }

  cellNo(key: string): number | undefined {
    return this.cellNos.get(key);
  }

  cell(no: number): string {
    return this.meta.cells[no] as string;
  }

  /** A party's legs in time order, within the half-open window. */
  legs(partyNo: number, window: TimeWindow = {}): LegSlice {
    const start = this.legStarts[partyNo] as number;
    const all = readRange(
      this.fd(legFile('t')),
      Float64Array,
      start,
      (this.legStarts[partyNo + 1] as number) - start,
    );
    const lo = window.fromMs === undefined ? 0 : bound(all, window.fromMs, false);
    const hi = window.toMs === undefined ? all.length : bound(all, window.toMs, false);
    return new Slice<LegColumn>(all.subarray(lo, Math.max(lo, hi)), start + lo, (c, s, n) =>
      readRange<ArrayBufferView>(this.fd(legFile(c)), LEG_COLUMNS[c], s, n),
    );
  }

  /** A party's ties over the whole case, by counterpart number; `t` holds each tie's first time. */
  pairs(partyNo: number): PairSlice {
    const start = this.pairStarts[partyNo] as number;
    const first = readRange(
      this.fd(pairFile('first')),
      Float64Array,
      start,
      (this.pairStarts[partyNo + 1] as number) - start,
    );
    return new Slice<PairColumn>(first, start, (c, s, n) =>
      readRange<ArrayBufferView>(this.fd(pairFile(c)), PAIR_COLUMNS[c], s, n),
    );
  }

  /** A cell's sightings in time order, within the closed window `[fromMs, toMs]`. */
  obs(cellNo: number, fromMs: number, toMs: number): ObsSlice {
    const start = this.obsStarts[cellNo] as number;
    const all = readRange(
      this.fd(obsFile('t')),
      Float64Array,
      start,
      (this.obsStarts[cellNo + 1] as number) - start,
    );
    const lo = bound(all, fromMs, false);
    const hi = bound(all, toMs, true);
    return new Slice<ObsColumn>(all.subarray(lo, Math.max(lo, hi)), start + lo, (c, s, n) =>
      readRange<ArrayBufferView>(this.fd(obsFile(c)), OBS_COLUMNS[c], s, n),
    );
  }

  /** How many legs and how many ties a party has. */
  legCount(partyNo: number): number {
    return (this.legStarts[partyNo + 1] as number) - (this.legStarts[partyNo] as number);
  }

  tieCount(partyNo: number): number {
    return (this.pairStarts[partyNo + 1] as number) - (this.pairStarts[partyNo] as number);
  }

  /** Registry sites of the cells seen in the case, by key (read once, on first use). */
  sites(): ReadonlyMap<string, CellSite> {
    this.siteTable ??= new Map(
      IndexSites.parse(JSON.parse(readFileSync(`${this.dir}/${SITES}`, 'utf8'))).map((s) => [s.key, s]),
    );
    return this.siteTable;
  }

  /** Every entity of the case, sorted by id (read once, on first use). */
  entities(): IndexEntities {
    this.entityTable ??= IndexEntities.parse(JSON.parse(readFileSync(`${this.dir}/${ENTITIES}`, 'utf8')));
    return this.entityTable;
  }
}
