import type { Cast } from './cast.js';
import type { IdentifierPool } from './identifiers.js';
import type { Rng } from './random.js';
import { SCENES, type SceneSpec } from './story.js';
import { between, callSeconds, withOutsider } from './traffic.js';
import type { Whereabout } from './whereabouts.js';
import type { CommEvent, Person } from './world-types.js';

/** Who a scene's dump should catch: the crew and migrants by number, and the innocent locals. */
export interface SceneCatch {
  readonly scene: SceneSpec;
  readonly crew: readonly { readonly person: string; readonly phone: string }[];
  readonly migrants: readonly { readonly person: string; readonly phone: string }[];
  readonly background: readonly string[];
  /** Innocent locals who are at two scenes too: the false positives an intersection must weigh. */
  readonly recurring: readonly string[];
}

/** Innocent locals seen at two scenes each (a fisherman between Sabratha and Zuwara, a lorry driver). */
const RECURRING: readonly { readonly label: string; readonly scenes: readonly string[] }[] = [
  { label: 'fisherman', scenes: ['S2', 'S3'] },
  { label: 'lorry driver', scenes: ['S1', 'S2'] },
];

/**
 * Traffic at the scenes: each crew member and migrant is made to use the phone there at least twice
 * (or once for migrants), among many local subscribers who have nothing to do with the case.
 */
export function sceneTraffic(
  cast: Cast,
  w: Whereabout,
  rng: Rng,
  ids: IdentifierPool,
  scale: number,
): { events: CommEvent[]; catches: SceneCatch[] } {
  const byRef = new Map(cast.persons.map((p) => [p.ref, p]));
  const events: CommEvent[] = [];
  const recurring = RECURRING.map((r) => ({
    ...r,
    phone: ids.phone('LY'),
    imei: ids.imei(),
    imsi: ids.imsi('LY'),
  }));
  const catches = SCENES.map((scene) => {
    const r = rng.fork(`scene:${scene.id}`);
    const when = (): number =>
      scene.fromMs + r.int(0, Math.floor((scene.toMs - scene.fromMs) / 1000) - 1) * 1000;
    const crew = scene.crew.map((ref) => {
      const p = must(byRef, ref);
      const mates = scene.crew.filter((x) => x !== ref).map((x) => must(byRef, x));
      for (let n = 0; n < 2 + r.int(0, 1); n++) {
        const t = when();
        const e = r.chance(0.5)
          ? between(w, r, p, r.pick(mates), t)
          : withOutsider(w, r, p, r.pick(p.contacts), t);
        if (!e) throw new Error(`${ref} is unreachable at scene ${scene.id}`);
        events.push(e);
      }
      return { person: ref, phone: phoneAt(w, p, scene.fromMs) };
    });
    const migrants = cast.persons
      .filter((p) => p.ref.startsWith(`migrant-${scene.migrants.group.toLowerCase()}`))
      .slice(0, scene.migrants.count)
      .map((p) => {
        for (let n = 0; n < 1 + r.int(0, 2); n++) {
          const e = withOutsider(w, r, p, r.pick(p.contacts), when());
          if (!e) throw new Error(`${p.ref} is unreachable at scene ${scene.id}`);
          events.push(e);
        }
        return { person: p.ref, phone: phoneAt(w, p, scene.fromMs) };
      });
    const cells = w.cells(scene.place).map((c) => c.key);
    const local = (phone: string, imei: string, imsi: string, t: number, other: string): CommEvent => {
      const side = { cell: r.pick(cells), imei, imsi };
      const kind = r.chance(0.6) ? 'call' : 'sms';
      const durationS = kind === 'call' ? callSeconds(r) : 0;
      return r.chance(0.5)
        ? { t, kind, from: phone, to: other, durationS, fromSide: side }
        : { t, kind, from: other, to: phone, durationS, toSide: side };
    };
    const background: string[] = [];
    for (let i = 0; i < Math.round(250 * scale) + 10; i++) {
      const phone = ids.phone(scene.country);
      const [imei, imsi] = [ids.imei(), ids.imsi(scene.country)];
      background.push(phone);
      for (let n = 0; n < 1 + r.poisson(2); n++)
        events.push(local(phone, imei, imsi, when(), ids.phone(scene.country)));
    }
    const here = recurring.filter((x) => x.scenes.includes(scene.id));
    for (const x of here)
      for (let n = 0; n < 2; n++) events.push(local(x.phone, x.imei, x.imsi, when(), ids.phone('LY')));
    return { scene, crew, migrants, background, recurring: here.map((x) => x.phone) };
  });
  return { events, catches };
}

function phoneAt(w: Whereabout, p: Person, t: number): string {
  const line = w.line(p, t);
  if (!line) throw new Error(`${p.ref} has no line at ${new Date(t).toISOString()}`);
  return line.phone;
}

function must(byRef: ReadonlyMap<string, Person>, ref: string): Person {
  const p = byRef.get(ref);
  if (!p) throw new Error(`unknown person ${ref}`);
  return p;
}
