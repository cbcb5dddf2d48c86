import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { activity } from './activity.js';
import { colocation } from './colocation.js';
import { CELLS, eventsArb, PHONES, T0 } from './test-support/arbitraries.js';
import { groupBy, localParts, naiveLegs } from './test-support/naive-legs.js';
import { oracleWorkspace } from './test-support/oracle-case.js';
import { phoneId } from './test-support/synthetic-case.js';
import { iso } from './time.js';
import { towerIntersect } from './tower-intersect.js';
import { trail } from './trail.js';

const { withSynthCase } = oracleWorkspace();
const RUNS = { numRuns: 8, seed: 11 };

const sceneArb = fc.record({
  cells: fc.subarray(CELLS, { minLength: 1, maxLength: 2 }),
  start: fc.integer({ min: 0, max: 5 * 1440 }),
  minutes: fc.integer({ min: 0, max: 1440 }),
});

describe('place analyses against naive oracles', { timeout: 240_000 }, () => {
  it('tower-intersect counts sightings per party and scene, seen at ≥ k scenes', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(),
        fc.array(sceneArb, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 3 }),
        async (events, raw, k) => {
          const scenes = raw.map((s, i) => ({
            label: `s${i}`,
            cells: s.cells,
            fromMs: T0 + s.start * 60_000,
            toMs: T0 + (s.start + s.minutes) * 60_000,
          }));
          const min = Math.min(k, scenes.length);
          const obs = naiveLegs(events).filter((l) => l.cell !== null);
          const per = new Map<string, Map<string, number>>();
          scenes.forEach((s) => {
            for (const l of obs.filter(
              (o) => s.cells.includes(o.cell as string) && o.t >= s.fromMs && o.t <= s.toMs,
            )) {
              const m = per.get(l.party) ?? new Map<string, number>();
              m.set(s.label, (m.get(s.label) ?? 0) + 1);
              per.set(l.party, m);
            }
          });
          const expected = [...per]
            .filter(([, m]) => m.size >= min)
            .map(([party, m]) => ({
              party,
              scenes: m.size,
              sightings: [...m.values()].reduce((a, b) => a + b, 0),
              at: Object.fromEntries(m),
            }))
            .sort(
              (x, y) => y.scenes - x.scenes || y.sightings - x.sightings || x.party.localeCompare(y.party),
            );
          await withSynthCase({ events }, async (q) => {
            const got = await towerIntersect(q, scenes, { minScenes: k, limit: 1000 });
            expect(
              got.rows.map((r) => ({
                party: r.party,
                scenes: r.scenes,
                sightings: r.sightings,
                at: Object.fromEntries(r.at.map((a) => [a.scene, a.sightings])),
              })),
            ).toEqual(expected);
          });
        },
      ),
      RUNS,
    );
  });

  it('colocation pairs sightings at one cell within Δt, per pair of subjects', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(),
        fc.subarray(PHONES, { minLength: 2, maxLength: 4 }),
        fc.integer({ min: 0, max: 600 }),
        async (events, subjects, gapMin) => {
          const ids = subjects.map(phoneId);
          const obs = naiveLegs(events).filter((l) => l.cell !== null && ids.includes(l.party));
          const counts = new Map<string, number>();
          for (const x of obs)
            for (const y of obs)
              if (x.party < y.party && x.cell === y.cell && Math.abs(x.t - y.t) <= gapMin * 60_000)
                counts.set(`${x.party}|${y.party}`, (counts.get(`${x.party}|${y.party}`) ?? 0) + 1);
          const expected = [...counts].map(([k, n]) => `${k}:${n}`).sort();
          await withSynthCase({ events }, async (q) => {
            const got = await colocation(q, ids, {
              window: {},
              maxGapMs: gapMin * 60_000,
              radiusM: 0,
              tripGapMs: 6 * 3_600_000,
              minTripSites: 2,
              limit: 1000,
            });
            expect(got.rows.map((r) => `${r.a}|${r.b}:${r.matches}`).sort()).toEqual(expected);
            for (const r of got.rows)
              for (const t of r.coTravel) expect(new Set(t.route).size).toBeGreaterThanOrEqual(2);
          });
        },
      ),
      RUNS,
    );
  });

  it('activity and trail match Intl local times and a hand-made gaps-and-islands', async () => {
    await fc.assert(
      fc.asyncProperty(
        eventsArb(),
        fc.integer({ min: 0, max: 7 }),
        fc.constantFrom('Europe/Paris', 'Asia/Kolkata', 'UTC'),
        async (events, pi, zone) => {
          const party = phoneId(PHONES[pi] as string);
          const mine = naiveLegs(events).filter((l) => l.party === party);
          const matrix = Array.from({ length: 7 }, () => new Array<number>(24).fill(0));
          for (const l of mine) {
            const p = localParts(l.t, zone);
            const row = matrix[p.weekday - 1] as number[];
            row[p.hour] = (row[p.hour] ?? 0) + 1;
          }
          const sited = mine
            .filter((l) => l.cell !== null)
            .sort((x, y) => x.t - y.t || x.event.localeCompare(y.event));
          const stops: { cell: string; from: string; to: string; events: number }[] = [];
          for (const l of sited) {
            const last = stops[stops.length - 1];
            if (last && last.cell === l.cell) Object.assign(last, { to: iso(l.t), events: last.events + 1 });
            else stops.push({ cell: l.cell as string, from: iso(l.t), to: iso(l.t), events: 1 });
          }
          const night = (h: number) => h >= 22 || h < 6;
          const dwell = [
            ...groupBy(sited, (l) => `${l.cell}|${night(localParts(l.t, zone).hour) ? 'night' : 'day'}`),
          ].map(([k, ls]) => `${k}:${ls.length}:${new Set(ls.map((l) => localParts(l.t, zone).date)).size}`);
          await withSynthCase({ events }, async (q) => {
            const act = await activity(q, party, { window: {}, zone });
            expect(act.rows.length === 0 ? [] : act.rows.map((r) => r.hours)).toEqual(
              mine.length === 0 ? [] : matrix,
            );
            const tr = await trail(q, party, { window: {}, zone, nightHours: [22, 6], limit: 10_000 });
            const row = tr.rows[0];
            expect(
              row?.stops.map(({ cell, from, to, events: n }) => ({ cell, from, to, events: n })) ?? [],
            ).toEqual(stops);
            const top = (p: string) => dwell.filter((d) => d.includes(`|${p}:`));
            expect(row?.dwell.map((d) => `${d.cell}|${d.period}:${d.events}:${d.days}`).sort() ?? []).toEqual(
              [...top('night'), ...top('day')]
                .filter((d) => (row?.dwell ?? []).some((x) => d.startsWith(`${x.cell}|${x.period}:`)))
                .sort(),
            );
            for (const s of row?.stops ?? []) expect(s.area.kind).toBe('unknown');
          });
        },
      ),
      RUNS,
    );
  });
});
