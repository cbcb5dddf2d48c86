import type { CommsQueries, TieRow } from '../../store/index.js';
import { result, type CommsResult } from './result.js';

export interface PathRow {
  readonly hops: number;
  /** Entity ids from the first subject to the second. */
  readonly nodes: readonly string[];
  /** Events on each tie along the path. */
  readonly ties: readonly number[];
  /** The weakest tie's event count: a path is as strong as its weakest link. */
  readonly weakest: number;
}

/** Stop enumerating after this many paths or search steps; the note then says the list was cut. */
const MAX_PATHS = 10_000;
const MAX_STEPS = 2_000_000;
/** A frontier this large means a hub is in reach: the search stops expanding and says so. */
const MAX_FRONTIER = 20_000;

type Adjacency = Map<string, Map<string, number>>;

/** A breadth-first ball around one end of the search, grown one level at a time. */
export interface Ball {
  readonly dist: Map<string, number>;
  frontier: string[];
  radius: number;
}

export const newBall = (start: string): Ball => ({
  dist: new Map([[start, 0]]),
  frontier: [start],
  radius: 0,
});

/**
 * Grows `ball` by one level: fetches the tie lists of its frontier. Ties are symmetric, so each is recorded
 * both ways: a node outside both balls still knows its ties to fetched nodes. False when the frontier is
 * too large to fetch (a hub in reach).
 */
export async function grow(
  q: CommsQueries,
  ball: Ball,
  adj: Adjacency,
  fetched: Set<string>,
  among?: readonly string[],
): Promise<boolean> {
  if (ball.frontier.length > MAX_FRONTIER) return false;
  const todo = ball.frontier.filter((v) => !fetched.has(v));
  for (const v of todo) fetched.add(v);
  for (const t of await q.ties(todo, among)) addTie(adj, t);
  const next: string[] = [];
  for (const v of ball.frontier) {
    for (const u of adj.get(v)?.keys() ?? []) {
      if (!ball.dist.has(u)) {
        ball.dist.set(u, ball.radius + 1);
        next.push(u);
      }
    }
  }
  ball.frontier = next;
  ball.radius += 1;
  return true;
}

/**
 * How many ties growing `ball` would read. The side to grow is the cheaper one by this count, not by
 * frontier size: one hub among a few numbers costs more than many quiet numbers.
 */
async function tiesToFetch(q: CommsQueries, ball: Ball, fetched: ReadonlySet<string>): Promise<number> {
  if (ball.frontier.length > MAX_FRONTIER) return Infinity;
  const counts = await q.tieCounts(ball.frontier.filter((v) => !fetched.has(v)));
  let total = 0;
  for (const n of counts.values()) total += n;
  return total;
}

function addTie(adj: Adjacency, t: TieRow): void {
  for (const [x, y] of [
    [t.party, t.other],
    [t.other, t.party],
  ] as const) {
    const m = adj.get(x) ?? new Map<string, number>();
    m.set(y, t.n);
    adj.set(x, m);
  }
}

/**
 * Contact chains of at most `maxHops` ties between two subjects, shortest first, then strongest weakest
 * link. Searches from both ends, always growing the ball whose frontier has fewer ties to read (so a hub
 * next to one subject is not expanded when the other side is quiet), until the radii add up to `maxHops`; a depth-first
 * walk from `a` then only enters nodes that can still reach `b` in the hops left.
 */
export async function paths(
  q: CommsQueries,
  a: string,
  b: string,
  o: { readonly maxHops: number; readonly limit: number },
): Promise<CommsResult<PathRow>> {
  const adj: Adjacency = new Map();
  const fetched = new Set<string>();
  const fromA = newBall(a);
  const fromB = newBall(b);
  let cut = false;
  while (!cut && fromA.radius + fromB.radius < o.maxHops) {
    const side =
      (await tiesToFetch(q, fromB, fetched)) < (await tiesToFetch(q, fromA, fetched)) ? fromB : fromA;
    // The last level only has to meet the other ball: a tie leading anywhere else cannot end a chain in time.
    const other = side === fromA ? fromB : fromA;
    const isLast = fromA.radius + fromB.radius + 1 === o.maxHops;
    cut = !(await grow(q, side, adj, fetched, isLast ? [...other.dist.keys()] : undefined));
  }
  const found: PathRow[] = [];
  let steps = 0;
  const path = [a];
  const walk = (v: string): void => {
    if (found.length >= MAX_PATHS || ++steps > MAX_STEPS) return;
    const left = o.maxHops - path.length;
    for (const u of adj.get(v)?.keys() ?? []) {
      // Beyond b's ball a node's distance to b is only known to exceed its radius.
      const d = fromB.dist.get(u);
      if (path.includes(u) || (d === undefined ? left <= fromB.radius : d > left)) continue;
      path.push(u);
      if (u === b) found.push(row(path, adj));
      else walk(u);
      path.pop();
    }
  };
  if (a !== b && !cut) walk(a);
  found.sort(
    (x, y) => x.hops - y.hops || y.weakest - x.weakest || x.nodes.join().localeCompare(y.nodes.join()),
  );
  cut ||= found.length >= MAX_PATHS || steps > MAX_STEPS;
  if (found.length === 0) {
    return result(
      [],
      cut
        ? 'No chain found before the search hit its size limit.'
        : `No chain of ${o.maxHops} or fewer ties.`,
    );
  }
  return result(
    found.slice(0, o.limit),
    cut ? 'The search hit its size limit; longer chains may be missing.' : undefined,
  );
}

function row(path: readonly string[], adj: Adjacency): PathRow {
  const ties = path.slice(1).map((u, i) => adj.get(path[i] as string)?.get(u) ?? 0);
  return { hops: ties.length, nodes: [...path], ties, weakest: Math.min(...ties) };
}
