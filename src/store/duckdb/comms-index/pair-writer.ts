import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { PAIR_COLUMNS, PAIR_STARTS, pairFile, type PairColumn } from './layout.js';
import { countLeg, isTieLeg, type TieCounts } from './tie.js';

/** A leg chunk's columns, by the names of the legs query. */
export type LegVectors = Readonly<Record<string, ArrayLike<number>>>;

interface Tie extends TieCounts {
  fev: [number, number, number];
  lev: [number, number, number];
}

const FLUSH_ROWS = 65_536;

/**
 * Aggregates each party's ties from the legs as they stream by, sorted by (party, t, event id), so the
 * first and last leg seen of a tie are its first and last event. Only one party's ties are held at a time;
 * DuckDB's own group-by of the same ran out of its memory cap at 10M rows.
 */
export class PairWriter {
  private readonly fds: Record<PairColumn, number>;
  private readonly buffers: Record<PairColumn, number[]>;
  private readonly starts: Int32Array;
  private party = -1;
  private ties = new Map<number, Tie>();
  private rows = 0;

  constructor(
    private readonly dir: string,
    parties: number,
    /** Which kind numbers are communications between two parties. */
    private readonly isComm: Uint8Array,
    private readonly dirs: { readonly out: number; readonly in: number },
  ) {
    const cols = Object.keys(PAIR_COLUMNS) as PairColumn[];
    this.fds = Object.fromEntries(cols.map((c) => [c, openSync(`${dir}/${pairFile(c)}`, 'w')])) as Record<
      PairColumn,
      number
    >;
    this.buffers = Object.fromEntries(cols.map((c) => [c, []])) as unknown as Record<PairColumn, number[]>;
    this.starts = new Int32Array(parties + 1);
  }

  add(v: LegVectors, count: number): void {
    for (let i = 0; i < count; i++) {
      const party = v.grp![i]!;
      if (party !== this.party) {
        this.flushParty();
        this.party = party;
      }
      const other = v.other![i]!;
      if (!isTieLeg(party, other, v.kind![i]!, this.isComm)) continue;
      const t = v.t![i]!;
      const ev: [number, number, number] = [v.ev0![i]!, v.ev1![i]!, v.ev2![i]!];
      let tie = this.ties.get(other);
      if (tie === undefined) {
        tie = { n: 0, nOut: 0, nIn: 0, dur: 0, first: t, last: t, fev: ev, lev: ev };
        this.ties.set(other, tie);
      }
      countLeg(tie, t, v.dir![i]!, v.dur![i]!, this.dirs);
      tie.lev = ev;
    }
  }

  /** Writes the last party, the start offsets and closes the files; returns the number of ties. */
  finish(): number {
    this.flushParty();
    this.flushBuffers();
    for (const fd of Object.values(this.fds)) closeSync(fd);
    for (let p = 1; p < this.starts.length; p++) this.starts[p]! += this.starts[p - 1]!;
    writeFileSync(`${this.dir}/${PAIR_STARTS}`, this.starts);
    return this.rows;
  }

  private flushParty(): void {
    if (this.party < 0) return;
    const b = this.buffers;
    for (const [other, t] of [...this.ties].sort(([x], [y]) => x - y)) {
      b.other.push(other);
      b.n.push(t.n);
      b.nOut.push(t.nOut);
      b.nIn.push(t.nIn);
      b.dur.push(t.dur);
      b.first.push(t.first);
      b.last.push(t.last);
      [b.fev0, b.fev1, b.fev2].forEach((col, k) => col.push(t.fev[k]!));
      [b.lev0, b.lev1, b.lev2].forEach((col, k) => col.push(t.lev[k]!));
    }
    this.starts[this.party + 1] = this.ties.size;
    this.rows += this.ties.size;
    this.ties = new Map();
    if (b.other.length >= FLUSH_ROWS) this.flushBuffers();
  }

  private flushBuffers(): void {
    for (const c of Object.keys(PAIR_COLUMNS) as PairColumn[]) {
      writeSync(this.fds[c], PAIR_COLUMNS[c].from(this.buffers[c]));
      this.buffers[c] = [];
    }
  }
}
