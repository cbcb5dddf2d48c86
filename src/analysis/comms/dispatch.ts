import { SkeinError } from '../../model/index.js';
import type { CommsQueries, Scene } from '../../store/index.js';
import { activity } from './activity.js';
import { colocation } from './colocation.js';
import { commonContacts } from './common-contacts.js';
import { handsets } from './handsets.js';
import { paths } from './paths.js';
import { profile } from './profile.js';
import { relayPaths } from './relay.js';
import { CommsRequest, type ParsedCommsRequest, type SceneInput } from './request.js';
import type { CommsResult } from './result.js';
import { resolveSubjects, selectorId, type Subject } from './subjects.js';
import { checkZone, parseInstant, parseWindow } from './time.js';
import { topContacts } from './top-contacts.js';
import { dumpScenes, towerIntersect } from './tower-intersect.js';
import { successors } from './successors.js';
import { trail } from './trail.js';

/** The case settings an analysis needs: the region selectors are read in, the default zone. */
export interface CaseContext {
  readonly region?: string | undefined;
  readonly tz?: string | undefined;
}

export interface CommsOutcome {
  readonly kind: ParsedCommsRequest['kind'];
  readonly subjects: readonly Subject[];
  /** The zone local times were computed in, when the analysis uses one. */
  readonly zone?: string;
  readonly result: CommsResult<unknown>;
}

/** Validates a request (zod), resolves its selectors in the case and runs the analysis. */
export async function runAnalysis(q: CommsQueries, raw: unknown, ctx: CaseContext): Promise<CommsOutcome> {
  const parsed = CommsRequest.safeParse(raw);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new SkeinError(
      'COMMS_BAD_REQUEST',
      issue ? `${issue.path.join('.')}: ${issue.message}` : 'Bad request.',
      {
        field: issue?.path.join('.') ?? '',
      },
    );
  }
  return dispatch(q, parsed.data, ctx);
}

async function dispatch(q: CommsQueries, r: ParsedCommsRequest, ctx: CaseContext): Promise<CommsOutcome> {
  const parties = (inputs: readonly string[]): Promise<Subject[]> =>
    resolveSubjects(q, inputs, { region: ctx.region, partiesOnly: true });
  const zoneOf = (z: string | undefined): string => checkZone(z ?? ctx.tz ?? 'UTC');
  switch (r.kind) {
    case 'profile': {
      const [s] = await parties([r.subject]);
      const zone = zoneOf(r.zone);
      const o = { window: parseWindow(r.from, r.to), silenceDays: r.silenceDays, zone };
      return { kind: r.kind, subjects: [s as Subject], zone, result: await profile(q, (s as Subject).id, o) };
    }
    case 'top-contacts': {
      const [s] = await parties([r.subject]);
      const o = {
        window: parseWindow(r.from, r.to),
        minCount: r.min,
        limit: r.limit,
        ...(r.kinds ? { kinds: r.kinds } : {}),
      };
      return { kind: r.kind, subjects: [s as Subject], result: await topContacts(q, (s as Subject).id, o) };
    }
    case 'common-contacts': {
      const ss = await parties(r.subjects);
      const o = { min: r.min ?? ss.length, window: parseWindow(r.from, r.to), limit: r.limit };
      return { kind: r.kind, subjects: ss, result: await commonContacts(q, ids(ss), o) };
    }
    case 'paths': {
      const ss = await parties(r.subjects);
      const [a, b] = [ss[0] as Subject, (ss[1] ?? ss[0]) as Subject];
      const window = parseWindow(r.from, r.to);
      const result =
        r.relayMinutes === undefined
          ? await paths(q, a.id, b.id, { maxHops: r.hops, limit: r.limit })
          : await relayPaths(q, a.id, b.id, {
              maxHops: r.hops,
              relayMs: r.relayMinutes * 60_000,
              window,
              limit: r.limit,
            });
      return { kind: r.kind, subjects: ss, result };
    }
    case 'tower-intersect': {
      const scenes = r.scenes.length > 0 ? r.scenes.map(toScene) : await dumpScenes(q);
      const o = { minScenes: r.minScenes ?? Math.min(2, scenes.length), limit: r.limit };
      return { kind: r.kind, subjects: [], result: await towerIntersect(q, scenes, o) };
    }
    case 'colocation': {
      const ss = await parties(r.subjects);
      const o = {
        window: parseWindow(r.from, r.to),
        maxGapMs: r.gapMinutes * 60_000,
        radiusM: r.radiusM,
        tripGapMs: r.tripGapHours * 3_600_000,
        minTripSites: r.minTripSites,
        limit: r.limit,
      };
      return { kind: r.kind, subjects: ss, result: await colocation(q, ids(ss), o) };
    }
    case 'handsets':
      return handsetsFor(q, r.selectors, r.limit, ctx);
    case 'successors': {
      const [s] = await parties([r.subject]);
      const o = {
        withinDays: r.withinDays,
        overlapDays: r.overlapDays,
        minShared: r.minShared,
        limit: r.limit,
      };
      return { kind: r.kind, subjects: [s as Subject], result: await successors(q, (s as Subject).id, o) };
    }
    case 'activity': {
      const [s] = await parties([r.subject]);
      const zone = zoneOf(r.zone);
      const result = await activity(q, (s as Subject).id, { window: parseWindow(r.from, r.to), zone });
      return { kind: r.kind, subjects: [s as Subject], zone, result };
    }
    case 'trail': {
      const [s] = await parties([r.subject]);
      const zone = zoneOf(r.zone);
      const o = {
        window: parseWindow(r.from, r.to),
        zone,
        nightHours: [r.nightFrom, r.nightTo] as const,
        limit: r.limit,
      };
      return { kind: r.kind, subjects: [s as Subject], zone, result: await trail(q, (s as Subject).id, o) };
    }
    default: {
      const unreachable: never = r;
      throw new Error(`unknown analysis ${JSON.stringify(unreachable)}`);
    }
  }
}

const ids = (ss: readonly Subject[]): string[] => ss.map((s) => s.id);

function toScene(s: SceneInput, i: number): Scene {
  return {
    label: s.label ?? `scene ${i + 1}`,
    cells: s.cells.map((c) => c.trim()).filter((c) => c !== ''),
    fromMs: parseInstant(s.from, `scene ${i + 1} from`),
    toMs: parseInstant(s.to, `scene ${i + 1} to`),
  };
}

/** Handsets take numbers, IMEIs and IMSIs alike: each filters the history to what touches it. */
async function handsetsFor(
  q: CommsQueries,
  selectors: readonly string[],
  limit: number,
  ctx: CaseContext,
): Promise<CommsOutcome> {
  const ss = await resolveSubjects(q, selectors, { region: ctx.region, partiesOnly: false });
  const keyed = (kind: string): string[] =>
    ss.filter((s) => s.kind === kind).map((s) => s.key ?? selectorId(s.input, ctx.region).key);
  const filter = {
    parties: ss.filter((s) => s.kind === 'phone' || s.kind === 'account').map((s) => s.id),
    imeis: keyed('device'),
    imsis: keyed('sim'),
  };
  return { kind: 'handsets', subjects: ss, result: await handsets(q, filter, { limit }) };
}
