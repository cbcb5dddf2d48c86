import { closeSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import type { Db } from '../db.js';
import { cellSitesWhere } from '../queries/comms/cell-sites.js';
import { COMMUNICATION_KINDS } from '../../../model/index.js';
import { PairWriter, type LegVectors } from './pair-writer.js';
import {
  ENTITIES,
  PARTY_FIRST,
  PARTY_LAST,
  SITES,
  EVENT_ID,
  INDEX_VERSION,
  LEG_COLUMNS,
  LEG_STARTS,
  META,
  OBS_COLUMNS,
  OBS_STARTS,
  legFile,
  obsFile,
  type IndexEntities,
  type IndexMeta,
} from './layout.js';

const words = (col: string): string =>
  [5, 13, 21].map((at, i) => `('0x' || substr(${col}, ${at}, 8))::UINTEGER ev${i}`).join(', ');

/** The directions of the `legs` view, numbered by their place here. */
const DIRS = ['in', 'out'];

/**
 * Dictionaries: each distinct value numbered from 0 in sort order. Every party and cell of `cell_obs` is
 * one of `legs` except the extra sightings, and every `other` is a party of the event's other leg.
 */
const DICTIONARIES = `
  CREATE OR REPLACE TEMP TABLE ix_party AS SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS seq
    FROM (SELECT party v FROM legs UNION SELECT party FROM cell_obs_extra);
  CREATE OR REPLACE TEMP TABLE ix_cell AS SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS seq
    FROM (SELECT cell v FROM legs WHERE cell IS NOT NULL UNION SELECT cell FROM cell_obs_extra);
  CREATE OR REPLACE TEMP TABLE ix_kind AS SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS seq
    FROM (SELECT DISTINCT kind v FROM legs);
  CREATE OR REPLACE TEMP TABLE ix_imei AS SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS seq
    FROM (SELECT DISTINCT imei v FROM legs WHERE imei IS NOT NULL);
  CREATE OR REPLACE TEMP TABLE ix_imsi AS SELECT v, (row_number() OVER (ORDER BY v) - 1)::INTEGER AS seq
    FROM (SELECT DISTINCT imsi v FROM legs WHERE imsi IS NOT NULL);
`;

/**
 * The event rows with every string replaced by its dictionary number, -1 for none: each event is looked up
 * once here, where reading `legs` and `cell_obs` would look it up once per leg and once per sighting.
 * `legsSql` and `obsSql` split it into the same rows those views hold.
 */
const NUMBERED_EVENTS = `
  CREATE OR REPLACE TEMP TABLE ix_ev AS
  SELECT epoch_ms(e.t)::DOUBLE t, k.seq::UTINYINT kind, coalesce(e.duration_s, -1)::INTEGER dur,
         coalesce(pa.seq, -1) a, coalesce(pb.seq, -1) b,
         coalesce(ca.seq, -1) a_cell, coalesce(ia.seq, -1) a_imei, coalesce(sa.seq, -1) a_imsi,
         coalesce(cb.seq, -1) b_cell, coalesce(ib.seq, -1) b_imei, coalesce(sb.seq, -1) b_imsi, ${words('e.id')}
  FROM events e JOIN ix_kind k ON k.v = e.kind
       LEFT JOIN ix_party pa ON pa.v = e.a LEFT JOIN ix_party pb ON pb.v = e.b
       LEFT JOIN ix_cell ca ON ca.v = e.a_cell LEFT JOIN ix_cell cb ON cb.v = e.b_cell
       LEFT JOIN ix_imei ia ON ia.v = e.a_imei LEFT JOIN ix_imei ib ON ib.v = e.b_imei
       LEFT JOIN ix_imsi sa ON sa.v = e.a_imsi LEFT JOIN ix_imsi sb ON sb.v = e.b_imsi
  WHERE e.a IS NOT NULL OR e.b IS NOT NULL`;

// Sorted on the event id's three words rather than its text: the same order (fixed-width lowercase hex), and
// integer keys sort several times faster than strings at 10M legs. A call to oneself has two legs with the
// same event id: the direction settles their order, as the party does for two parties of one event
// seen at the same cell. One query per range of parties (or cells).
const legsSql = (lo: number, hi: number): string => `
  SELECT a grp, t, b other, kind, ${DIRS.indexOf('out')}::UTINYINT dir, dur, a_cell cell, a_imei imei, a_imsi imsi, ev0, ev1, ev2
    FROM ix_ev WHERE a BETWEEN ${lo} AND ${hi}
  UNION ALL
  SELECT b, t, a, kind, ${DIRS.indexOf('in')}::UTINYINT, dur, b_cell, b_imei, b_imsi, ev0, ev1, ev2
    FROM ix_ev WHERE b BETWEEN ${lo} AND ${hi}
  ORDER BY grp, t, ev0, ev1, ev2, dir`;

const obsSql = (lo: number, hi: number): string => `
  SELECT a_cell grp, t, a party, ev0, ev1, ev2 FROM ix_ev WHERE a >= 0 AND a_cell BETWEEN ${lo} AND ${hi}
  UNION ALL
  SELECT b_cell, t, b, ev0, ev1, ev2 FROM ix_ev WHERE b >= 0 AND b_cell BETWEEN ${lo} AND ${hi}
  UNION ALL
  SELECT c.seq, epoch_ms(x.t)::DOUBLE, p.seq, ${words('x.event_id')}
    FROM cell_obs_extra x JOIN ix_cell c ON c.v = x.cell JOIN ix_party p ON p.v = x.party
    WHERE c.seq BETWEEN ${lo} AND ${hi}
  ORDER BY grp, t, ev0, ev1, ev2, party`;

/**
 * Rows one sort may hold (about 250 MB of index columns). A single sort of every leg spilled past the 1 GB
 * memory cap at 10M events and at times failed to pin its blocks; sorting one range of groups at a time
 * keeps each sort in memory whatever the case size, and the ranges stream out in group order.
 */
const SORT_ROWS = 4_000_000;

/** Group ranges `[lo, hi]` of equal width, as many as it takes for `rows` to fit `sortRows` each. */
function groupRanges(groups: number, rows: number, sortRows: number): [number, number][] {
  const width = Math.ceil(groups / Math.max(1, Math.ceil(rows / sortRows)));
  const ranges: [number, number][] = [];
  for (let lo = 0; lo < groups; lo += width) ranges.push([lo, Math.min(groups, lo + width) - 1]);
  return ranges;
}

async function dictionary(db: Db, table: string): Promise<string[]> {
  return (await db.all(`SELECT v FROM ${table} ORDER BY seq`)).map((r) => String(r.v));
}

/**
 * Streams a query sorted by its first column `grp`, one range of groups after the other, into one file per
 * remaining column, and writes the start offset of each group (`groups + 1` entries). Vectors are copied as
 * they come from DuckDB, so memory stays at one chunk whatever the case size.
 */
async function writeColumns(
  db: Db,
  sql: (lo: number, hi: number) => string,
  size: { groups: number; rows: number; sortRows: number },
  files: readonly string[],
  startsFile: string,
  onChunk?: (vectors: LegVectors, count: number) => void,
): Promise<number> {
  const fds = files.map((f) => openSync(f, 'w'));
  const { groups } = size;
  const starts = new Int32Array(groups + 1);
  let rows = 0;
  try {
    for (const [lo, hi] of groupRanges(groups, size.rows, size.sortRows))
      rows += await writeRange(db, sql(lo, hi), fds, starts, onChunk);
  } finally {
    for (const fd of fds) closeSync(fd);
  }
  for (let g = 1; g <= groups; g++) starts[g]! += starts[g - 1]!;
  writeFileSync(startsFile, starts);
  return rows;
}

/** The columns of a legs chunk by name, as `onChunk` receives them. */
const LEG_VECTORS = ['grp', ...Object.keys(LEG_COLUMNS)];

async function writeRange(
  db: Db,
  sql: string,
  fds: readonly number[],
  starts: Int32Array,
  onChunk?: (vectors: LegVectors, count: number) => void,
): Promise<number> {
  let rows = 0;
  const result = await db.conn.stream(sql);
  for (;;) {
    const chunk = await result.fetchChunk();
    // rowCount is a native call: read once per chunk, not per row.
    const count = chunk?.rowCount ?? 0;
    if (chunk === null || count === 0) break;
    const grp = (chunk.getColumnVector(0) as unknown as { items: Int32Array }).items;
    for (let i = 0; i < count; i++) starts[(grp[i] as number) + 1]! += 1;
    fds.forEach((fd, c) => {
      const items = (chunk.getColumnVector(c + 1) as unknown as { items: NodeJS.ArrayBufferView }).items;
      writeSync(fd, items);
    });
    if (onChunk !== undefined) {
      const vectors = Object.fromEntries(
        LEG_VECTORS.map((n, c) => [
          n,
          (chunk.getColumnVector(c) as unknown as { items: ArrayLike<number> }).items,
        ]),
      );
      onChunk(vectors, count);
    }
    rows += count;
  }
  return rows;
}

/**
 * Builds the communications index of a case into `dir`, replacing any older one atomically: it is
 * written beside and renamed into place, so a reader never sees half an index.
 */
export async function buildCommsIndex(
  db: Db,
  dir: string,
  stamp: string,
  sortRows = SORT_ROWS,
): Promise<void> {
  // Every leg and sighting names an event row or an extra sighting: checking those reads each id once.
  const bad = await db.one(
    `SELECT count(*) n FROM (SELECT id event_id FROM events WHERE a IS NOT NULL OR b IS NOT NULL
                             UNION ALL SELECT event_id FROM cell_obs_extra)
     WHERE NOT regexp_full_match(event_id, '${EVENT_ID.source.slice(1, -1)}')`,
  );
  if (Number(bad?.n ?? 0) > 0) throw new Error('event ids outside the evt_<24 hex> form reached the store');
  const tmp = `${dir}.building`;
  rmSync(tmp, { recursive: true, force: true });
  mkdirSync(tmp, { recursive: true });
  await db.run(DICTIONARIES);
  // Unordered: the legs and sightings are sorted when they are read out.
  await db.withSetting('preserve_insertion_order', 'false', () => db.run(NUMBERED_EVENTS));
  // At most two legs and two sightings per numbered event (extra sightings are few): enough to size the sorts.
  const events = Number((await db.one(`SELECT count(*) n FROM ix_ev`))?.n ?? 0);
  // One connection runs one query at a time.
  const parties = await dictionary(db, 'ix_party');
  const cells = await dictionary(db, 'ix_cell');
  const at = (f: string): string => `${tmp}/${f}`;
  const kinds = await dictionary(db, 'ix_kind');
  const comm = new Set<string>(COMMUNICATION_KINDS);
  const pairWriter = new PairWriter(
    tmp,
    parties.length,
    Uint8Array.from(kinds, (k) => (comm.has(k) ? 1 : 0)),
    { out: DIRS.indexOf('out'), in: DIRS.indexOf('in') },
  );
  // Legs come sorted by (party, t): each party's first and last time are its group's ends.
  const first = new Float64Array(parties.length).fill(Number.NaN);
  const last = new Float64Array(parties.length).fill(Number.NaN);
  const legs = await writeColumns(
    db,
    legsSql,
    { groups: parties.length, rows: 2 * events, sortRows },
    Object.keys(LEG_COLUMNS).map((c) => at(legFile(c as keyof typeof LEG_COLUMNS))),
    at(LEG_STARTS),
    (v, n) => {
      pairWriter.add(v, n);
      for (let i = 0; i < n; i++) {
        const p = v.grp![i]!;
        if (Number.isNaN(first[p])) first[p] = v.t![i]!;
        last[p] = v.t![i]!;
      }
    },
  );
  const pairs = pairWriter.finish();
  const obs = await writeColumns(
    db,
    obsSql,
    { groups: cells.length, rows: 2 * events, sortRows },
    Object.keys(OBS_COLUMNS).map((c) => at(obsFile(c as keyof typeof OBS_COLUMNS))),
    at(OBS_STARTS),
  );
  const entities = await db.all(`SELECT id, kind, key, label FROM comms_entities ORDER BY id`);
  const ents: IndexEntities = {
    ids: entities.map((r) => String(r.id)),
    kinds: entities.map((r) => String(r.kind)),
    keys: entities.map((r) => (r.key === null || r.key === undefined ? null : String(r.key))),
    labels: entities.map((r) => String(r.label)),
  };
  writeFileSync(at(ENTITIES), JSON.stringify(ents));
  writeFileSync(at(SITES), JSON.stringify(await cellSitesWhere(db, 'key IN (SELECT v FROM ix_cell)')));
  writeFileSync(at(PARTY_FIRST), first);
  writeFileSync(at(PARTY_LAST), last);
  const meta: IndexMeta = {
    version: INDEX_VERSION,
    stamp,
    legs,
    obs,
    pairs,
    parties,
    cells,
    kinds,
    dirs: DIRS,
    imeis: await dictionary(db, 'ix_imei'),
    imsis: await dictionary(db, 'ix_imsi'),
  };
  writeFileSync(at(META), JSON.stringify(meta));
  await db.run(
    ['ix_ev', 'ix_party', 'ix_cell', 'ix_kind', 'ix_imei', 'ix_imsi'].map((t) => `DROP TABLE ${t};`).join(''),
  );
  rmSync(dir, { recursive: true, force: true });
  renameSync(tmp, dir);
}
