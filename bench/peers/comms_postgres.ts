/**
 * PostgreSQL 15 peer for bench:comms (start it with scripts/pg-start.sh): one `cdr` table loaded by COPY,
 * indexed for per-number, per-cell and handset queries, then the same analyses in SQL. Prints JSON
 * {load_s, queries: {id: {ms, rows}}}. A table of the same row count is reused.
 */
import { readFileSync, statSync } from 'node:fs';
import pg from 'pg';
import { TIMING, medianMs } from '../../scripts/bench-timing.js';

const [dir, runsText] = process.argv.slice(2) as [string, string];
const runs = Number(runsText);
const spec = JSON.parse(readFileSync(`${dir}/queries.json`, 'utf8')) as {
  queries: { id: string; request: Record<string, unknown> }[];
};
// The row count is in the data folder's name; a 10M-row file is too large to read into one string.
const rows = statSync(`${dir}/cdr.csv`).size > 0 ? Number(/-(\d+)-\d+$/.exec(dir)?.[1]) : 0;
const client = new pg.Client({
  host: '127.0.0.1',
  user: 'skein_bench',
  password: 'skein_bench',
  database: 'skein_bench',
});
await client.connect();

async function load(): Promise<number> {
  const have = await client.query(`SELECT to_regclass('cdr') t`);
  if (have.rows[0]?.t) {
    const n = await client.query(`SELECT count(*)::int n FROM cdr`);
    if (n.rows[0]?.n === rows) return 0;
  }
  const t0 = performance.now();
  await client.query(`DROP TABLE IF EXISTS cdr; DROP TABLE IF EXISTS cells;
    CREATE TABLE cdr (caller text, callee text, start timestamptz, duration int, type text, cell text, imei text, imsi text);
    CREATE TABLE cells (key text PRIMARY KEY, lat float8, lon float8, azimuth float8, beam float8, range_m float8);
    SET TimeZone = 'UTC';
    COPY cdr FROM '${dir}/cdr.csv' WITH (FORMAT csv, HEADER true);
    COPY cells FROM '${dir}/cells.csv' WITH (FORMAT csv, HEADER true);
    CREATE INDEX ON cdr (caller, start) INCLUDE (callee, duration, type, cell);
    CREATE INDEX ON cdr (callee, start) INCLUDE (caller, duration, type);
    CREATE INDEX ON cdr (cell, start) INCLUDE (caller);
    CREATE INDEX ON cdr (caller, imei, imsi);
    ANALYZE cdr; ANALYZE cells;`);
  return Math.round((performance.now() - t0) / 100) / 10;
}

const legs = `(SELECT start, callee other, 'out' dir, type, duration, cell, imei, imsi FROM cdr WHERE caller = $1
  UNION ALL SELECT start, caller, 'in', type, duration, NULL, NULL, NULL FROM cdr WHERE callee = $1) l`;
const ties = `(SELECT caller p, callee o FROM cdr WHERE caller = ANY($1) AND callee IS NOT NULL
  UNION SELECT callee, caller FROM cdr WHERE callee = ANY($1)) t`;

type Q = [string, unknown[]][];
const SQL: Record<string, (r: Record<string, unknown>) => Q> = {
  profile: (r) => [
    [`SELECT type, dir, count(*) FROM ${legs} GROUP BY 1, 2`, [r.subject]],
    [
      `SELECT count(*), min(start), max(start), count(DISTINCT other), count(DISTINCT cell), array_agg(DISTINCT imei), array_agg(DISTINCT imsi) FROM ${legs}`,
      [r.subject],
    ],
    [
      `SELECT (start AT TIME ZONE 'Europe/Rome')::date d, count(*) FROM ${legs} GROUP BY 1 ORDER BY 2 DESC LIMIT 5`,
      [r.subject],
    ],
    [
      `SELECT * FROM (SELECT start, lead(start) OVER (ORDER BY start) nx FROM ${legs}) g WHERE nx - start > interval '7 days'`,
      [r.subject],
    ],
  ],
  'top-contacts': (r) => [
    [
      `SELECT other, count(*) n, sum(duration) d, count(*) FILTER (WHERE dir = 'out'), min(start), max(start) FROM ${legs}
       WHERE other IS NOT NULL AND other <> $1 ${r.from ? `AND start >= $2 AND start < $3 AND type = ANY($4)` : ''}
       GROUP BY other ORDER BY n DESC, d DESC LIMIT 50`,
      r.from ? [r.subject, r.from, r.to, r.kinds] : [r.subject],
    ],
  ],
  'common-contacts': (r) => [
    [
      `SELECT o, count(DISTINCT p) s, count(*) n FROM (SELECT caller p, callee o FROM cdr WHERE caller = ANY($1)
         UNION ALL SELECT callee, caller FROM cdr WHERE callee = ANY($1)) t
       WHERE o IS NOT NULL AND NOT o = ANY($1) GROUP BY o HAVING count(DISTINCT p) >= $2 ORDER BY s DESC, n DESC LIMIT 50`,
      [r.subjects, r.min],
    ],
  ],
  paths: (r) => {
    const [a, b] = r.subjects as [string, string];
    return [
      [
        `WITH na AS (SELECT DISTINCT o FROM ${ties.replaceAll('$1', 'ARRAY[$1]')} WHERE o <> p),
            nb AS (SELECT DISTINCT o FROM ${ties.replaceAll('$1', 'ARRAY[$2]')} WHERE o <> p)
        SELECT 1 h, $1 x, NULL y FROM na WHERE o = $2
        UNION ALL SELECT 2, o, NULL FROM na WHERE o IN (SELECT o FROM nb)
        UNION ALL SELECT 3, t.p, t.o FROM (SELECT caller p, callee o FROM cdr WHERE caller IN (SELECT o FROM na)
                                          UNION SELECT callee, caller FROM cdr WHERE callee IN (SELECT o FROM na)) t
          WHERE t.o IN (SELECT o FROM nb) AND t.p <> $2 AND t.o <> $1 AND t.p <> t.o`,
        [a, b],
      ],
    ];
  },
  'tower-intersect': (r) => {
    const scenes = r.scenes as { cells: string[]; from: string; to: string }[];
    const parts = scenes.map(
      (_, i) =>
        `SELECT ${i} s, caller FROM cdr WHERE cell = ANY($${i * 3 + 1}) AND start >= $${i * 3 + 2} AND start <= $${i * 3 + 3}`,
    );
    return [
      [
        `SELECT caller, count(DISTINCT s) FROM (${parts.join(' UNION ALL ')}) x GROUP BY caller HAVING count(DISTINCT s) >= ${Number(r.minScenes)} ORDER BY 2 DESC`,
        scenes.flatMap((s) => [s.cells, s.from, s.to]),
      ],
    ];
  },
  colocation: (r) => [
    [
      `WITH o AS (SELECT caller, cell, start FROM cdr WHERE caller = ANY($1) AND cell IS NOT NULL)
       SELECT a.caller, b.caller, count(*) FROM o a JOIN o b ON a.cell = b.cell AND a.caller < b.caller
         AND abs(extract(epoch FROM b.start - a.start)) <= $2 * 60 GROUP BY 1, 2`,
      [r.subjects, r.gapMinutes],
    ],
  ],
  handsets: () => [
    [
      `SELECT imei FROM cdr GROUP BY imei HAVING count(DISTINCT caller) > 1
      UNION ALL SELECT imei FROM cdr GROUP BY imei HAVING count(DISTINCT imsi) > 1
      UNION ALL SELECT caller FROM cdr GROUP BY caller HAVING count(DISTINCT imsi) > 1
      UNION ALL SELECT caller FROM cdr GROUP BY caller HAVING count(DISTINCT imei) > 1`,
      [],
    ],
  ],
  successors: (r) => [
    [
      `WITH mine AS (SELECT DISTINCT o FROM ${ties.replaceAll('$1', 'ARRAY[$1]')}),
            last AS (SELECT max(start) t FROM ${legs}),
            cand AS (SELECT p FROM (SELECT caller p, min(start) f FROM cdr GROUP BY caller
                                    UNION ALL SELECT callee, min(start) FROM cdr GROUP BY callee) x
                     GROUP BY p HAVING min(f) BETWEEN (SELECT t FROM last) - interval '3 days' AND (SELECT t FROM last) + interval '30 days'),
            theirs AS (SELECT DISTINCT caller p, callee o FROM cdr WHERE caller IN (SELECT p FROM cand) AND callee IS NOT NULL
                       UNION SELECT callee, caller FROM cdr WHERE callee IN (SELECT p FROM cand))
       SELECT p, count(*) FILTER (WHERE o IN (SELECT o FROM mine)) shared, count(*) c FROM theirs WHERE p <> $1 GROUP BY p
       HAVING count(*) FILTER (WHERE o IN (SELECT o FROM mine)) >= 2 ORDER BY 2 DESC LIMIT 50`,
      [r.subject],
    ],
  ],
  activity: (r) => [
    [
      `SELECT extract(isodow FROM start AT TIME ZONE $2), extract(hour FROM start AT TIME ZONE $2), count(*) FROM ${legs} GROUP BY 1, 2`,
      [r.subject, r.zone],
    ],
  ],
  trail: (r) => [
    [
      `WITH l AS (SELECT start, cell FROM cdr WHERE caller = $1 AND cell IS NOT NULL),
            m AS (SELECT *, CASE WHEN cell IS DISTINCT FROM lag(cell) OVER (ORDER BY start) THEN 1 ELSE 0 END b FROM l),
            g AS (SELECT *, sum(b) OVER (ORDER BY start) grp FROM m)
       SELECT grp, min(cell), min(start), max(start), count(*), min(c.lat), min(c.lon) FROM g LEFT JOIN cells c ON c.key = g.cell GROUP BY grp ORDER BY grp`,
      [r.subject],
    ],
    [
      `SELECT cell, (extract(hour FROM start AT TIME ZONE $2) >= 22 OR extract(hour FROM start AT TIME ZONE $2) < 6) night, count(*)
       FROM cdr WHERE caller = $1 AND cell IS NOT NULL GROUP BY 1, 2 ORDER BY 3 DESC`,
      [r.subject, r.zone],
    ],
  ],
};

const loadS = await load();
const out: Record<string, { ms: number; rows: number }> = {};
for (const q of spec.queries) {
  if (q.id === 'relay' || q.id === 'colocation-radius') continue;
  const stmts = SQL[String(q.request.kind)]?.(q.request) ?? [];
  const timed = await medianMs(
    async () => {
      let n = 0;
      for (const [sql, params] of stmts) n += (await client.query(sql, params)).rowCount ?? 0;
      return n;
    },
    { ...TIMING, minRuns: runs },
  );
  out[q.id] = { ms: timed.ms, rows: timed.last };
  process.stderr.write(`postgres ${q.id}: ${out[q.id]?.ms.toFixed(1)} ms\n`);
}
await client.end();
process.stdout.write(JSON.stringify({ load_s: loadS, queries: out }));
