import { closeSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { PAIR_COLUMNS, PAIR_STARTS, pairFile, type PairColumn } from './layout.js';
import { countLeg, isTieLeg, type TieCounts } from './tie.js';

/** A leg chunk's columns, by the names of the legs query. */
export type LegVectors = Readonly<Record<string, ArrayLike<number>>>;

/** The first and last event ids are kept as their three words: no array per leg on a path of 20M legs. */
interface Tie extends TieCounts {
  fev0: number;
  fev1: number;
  fev2: number;
  lev0: number;
  lev1: number;
  lev2: number;
}

const FLUSH_ROWS = 65_536;

type PairBuffers = { [C in PairColumn]: InstanceType<(typeof PAIR_COLUMNS)[C]> };

/**
 * Aggregates each party's ties from the legs as they stream by, sorted by (party, t, event id), so the
 * first and last leg seen of a tie are its first and last event. Only one party's ties are held at a time;
 * DuckDB's own group-by of the same ran out of its memory cap at 10M rows. Tie objects are pooled and rows
 * go straight into typed buffers: allocating per tie made the collector the largest cost at 10M legs.
 */
export class PairWriter {
  private readonly fds: Record<PairColumn, number>;
  private readonly out: PairBuffers;
  private filled = 0;
  private readonly starts: Int32Array;
  private party = -1;
  private readonly ties = new Map<number, Tie>();
  private readonly pool: Tie[] = [];
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
    this.out = Object.fromEntries(
      cols.map((c) => [c, new PAIR_COLUMNS[c](FLUSH_ROWS)]),
    ) as unknown as PairBuffers;
    this.starts = new Int32Array(parties + 1);
  }

  add(v: LegVectors, count: number): void {
    const [grp, other, kind, t, dir, dur, ev0, ev1, ev2] = [
      v.grp!,
      v.other!,
      v.kind!,
      v.t!,
      v.dir!,
      v.dur!,
      v.ev0!,
      v.ev1!,
      v.ev2!,
    ];
    for (let i = 0; i < count; i++) {
      const party = grp[i]!;
      if (party !== this.party) {
        this.flushParty();
        this.party = party;
      }
      const o = other[i]!;
      if (!isTieLeg(party, o, kind[i]!, this.isComm)) continue;
      const at = t[i]!;
      let tie = this.ties.get(o);
      if (tie === undefined) {
        tie = this.newTie(at, ev0[i]!, ev1[i]!, ev2[i]!);
        this.ties.set(o, tie);
      }
      countLeg(tie, at, dir[i]!, dur[i]!, this.dirs);
      tie.lev0 = ev0[i]!;
      tie.lev1 = ev1[i]!;
      tie.lev2 = ev2[i]!;
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

  /** A tie from the pool (as many as the party with most ties needs), reset to its first leg. */
  private newTie(t: number, e0: number, e1: number, e2: number): Tie {
    const tie = this.pool[this.ties.size] ?? {
      n: 0,
      nOut: 0,
      nIn: 0,
      dur: 0,
      first: 0,
      last: 0,
      fev0: 0,
      fev1: 0,
      fev2: 0,
      lev0: 0,
      lev1: 0,
      lev2: 0,
    };
    this.pool[this.ties.size] = tie;
    tie.n = tie.nOut = tie.nIn = tie.dur = 0;
    tie.first = tie.last = t;
    tie.fev0 = tie.lev0 = e0;
    tie.fev1 = tie.lev1 = e1;
    tie.fev2 = tie.lev2 = e2;
    return tie;
  }

  private flushParty(): void {
    if (this.party < 0) return;
    const others = Int32Array.from(this.ties.keys()).sort();
    const b = this.out;
    for (const other of others) {
      if (this.filled === FLUSH_ROWS) this.flushBuffers();
      const t = this.ties.get(other)!;
      const k = this.filled++;
      b.other[k] = other;
      b.n[k] = t.n;
      b.nOut[k] = t.nOut;
      b.nIn[k] = t.nIn;
      b.dur[k] = t.dur;
      b.first[k] = t.first;
      b.last[k] = t.last;
      b.fev0[k] = t.fev0;
      b.fev1[k] = t.fev1;
      b.fev2[k] = t.fev2;
      b.lev0[k] = t.lev0;
      b.lev1[k] = t.lev1;
      b.lev2[k] = t.lev2;
    }
    this.starts[this.party + 1] = this.ties.size;
    this.rows += this.ties.size;
    this.ties.clear();
  }

  private flushBuffers(): void {
    for (const c of Object.keys(PAIR_COLUMNS) as PairColumn[])
      writeSync(this.fds[c], this.out[c].subarray(0, this.filled));
    this.filled = 0;
  }
}
