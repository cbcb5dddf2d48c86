import { dayOf, PERIOD_DAYS } from './clock.js';
import type { Cell, PlaceId } from './geography.js';
import type { Rng } from './random.js';
import type { Line, Person, Side, Whereabouts } from './world-types.js';

const NO_CELLS: readonly Cell[] = [];

/** Answers where a person is, which line they use, and what the network sees of them, at any instant. */
export class Whereabout {
  private readonly daily = new Map<string, Whereabouts[]>();
  private readonly cellsByPlace = new Map<PlaceId, Cell[]>();

  constructor(
    persons: readonly Person[],
    cells: readonly Cell[],
    private readonly rng: Rng,
  ) {
    for (const c of cells) {
      const list = this.cellsByPlace.get(c.place) ?? [];
      list.push(c);
      this.cellsByPlace.set(c.place, list);
    }
    for (const p of persons) {
      const r = rng.fork(`home:${p.ref}`);
      const total = p.home.reduce((s, h) => s + h.weight, 0);
      this.daily.set(
        p.ref,
        Array.from({ length: PERIOD_DAYS }, () => {
          let x = r.next() * total;
          for (const h of p.home) if ((x -= h.weight) < 0) return h.where;
          return p.home[0]?.where ?? 'desert';
        }),
      );
    }
  }

  where(p: Person, t: number): Whereabouts {
    const stay = p.stays.find((s) => s.fromMs <= t && t < s.toMs);
    if (stay) return stay.where;
    return this.daily.get(p.ref)?.[Math.min(PERIOD_DAYS - 1, Math.max(0, dayOf(t)))] ?? 'desert';
  }

  line(p: Person, t: number): Line | undefined {
    return p.lines.find((l) => l.fromMs <= t && t < l.toMs);
  }

  cells(place: PlaceId): readonly Cell[] {
    return this.cellsByPlace.get(place) ?? NO_CELLS;
  }

  /**
   * What the network saw of `p` at `t`: undefined when the person has no line in service or no coverage
   * (desert, sea). In Agadez the Nigerien network serves them, which no file of the demo covers: no cell.
   */
  side(p: Person, t: number): { line: Line; side: Side } | undefined {
    const line = this.line(p, t);
    if (!line) return undefined;
    const where = this.where(p, t);
    if (where === 'desert' || where === 'sea') return undefined;
    const base = { imei: line.imei, imsi: line.imsi };
    if (where === 'agadez') return { line, side: base };
    const cells = this.cells(where);
    // Most of a person's traffic at a place goes through one favourite sector.
    const fav = cells[hashIndex(p.ref, cells.length)];
    const cell = this.rng.chance(0.7) && fav ? fav : this.rng.pick(cells);
    return { line, side: { ...base, cell: cell.key } };
  }
}

function hashIndex(text: string, n: number): number {
  let h = 7;
  for (let i = 0; i < text.length; i++) h = (h * 31 + text.charCodeAt(i)) >>> 0;
  return n === 0 ? 0 : h % n;
}
