/**
 * The communications-analytics port: the only queries `src/analysis/comms` runs. Times are epoch
 * milliseconds (UTC); party ids are entity ids (`phn_…`). Every method returns rows best-first.
 */

/** A half-open time window `[fromMs, toMs)`; an absent bound is open. */
export interface TimeWindow {
  readonly fromMs?: number;
  readonly toMs?: number;
}

export interface PartyEntity {
  readonly id: string;
  readonly kind: string;
  readonly key: string | null;
  readonly label: string;
}

export interface ContactFilter {
  readonly window?: TimeWindow;
  /** Event kinds to count; all communication kinds when absent. */
  readonly kinds?: readonly string[];
  readonly minCount?: number;
  readonly limit: number;
}

export interface ContactRow {
  readonly other: string;
  readonly n: number;
  readonly nOut: number;
  readonly nIn: number;
  readonly durationS: number;
  readonly firstMs: number;
  readonly lastMs: number;
  readonly firstEvent: string;
  readonly lastEvent: string;
}

export interface CommonContactRow {
  readonly other: string;
  readonly subjects: number;
  readonly total: number;
  /** Events with each subject, by subject id. */
  readonly perSubject: Readonly<Record<string, number>>;
  readonly firstMs: number;
  readonly lastMs: number;
}

/** An aggregated tie of `party` with `other` over the whole case (communication events only). */
export interface TieRow {
  readonly party: string;
  readonly other: string;
  readonly n: number;
  readonly firstMs: number;
  readonly lastMs: number;
}

export interface OutLegRow {
  readonly party: string;
  readonly other: string;
  readonly tMs: number;
  readonly eventId: string;
}

export interface ProfileFacts {
  readonly events: number;
  readonly firstMs: number | null;
  readonly lastMs: number | null;
  readonly byKind: readonly { readonly kind: string; readonly dir: string; readonly n: number }[];
  readonly contacts: number;
  readonly devices: readonly string[];
  readonly sims: readonly string[];
  readonly cells: number;
  readonly busiestDays: readonly { readonly day: string; readonly n: number }[];
  readonly silences: readonly { readonly fromMs: number; readonly toMs: number; readonly days: number }[];
}

/** Cells over an inclusive window `[fromMs, toMs]`: a tower dump or an analyst's scene. */
export interface Scene {
  readonly label: string;
  readonly cells: readonly string[];
  readonly fromMs: number;
  readonly toMs: number;
}

export interface SceneHitRow {
  readonly party: string;
  /** Index of the scene in the request. */
  readonly scene: number;
  readonly n: number;
  readonly firstMs: number;
  readonly lastMs: number;
  /** The earliest sightings at the scene (at most 5). */
  readonly events: readonly string[];
}

export interface TowerDumpRow extends Scene {
  readonly id: string;
}

export interface ColocationQuery {
  readonly parties: readonly string[];
  readonly window?: TimeWindow;
  readonly maxGapMs: number;
  /** 0: the same cell only; otherwise sites of both cells within this many metres (cell registry). */
  readonly radiusM: number;
  readonly limit: number;
}

export interface ColocationMatch {
  readonly a: string;
  readonly b: string;
  readonly cellA: string;
  readonly cellB: string;
  /** Distance between the two sites in metres; 0 for the same cell. */
  readonly distanceM: number;
  readonly tA: number;
  readonly tB: number;
  readonly eventA: string;
  readonly eventB: string;
}

export interface UsageFilter {
  readonly parties?: readonly string[];
  readonly imeis?: readonly string[];
  readonly imsis?: readonly string[];
}

/** One member of a handset finding: a number, an IMSI or an IMEI, with its span of use. */
export interface HandsetMember {
  readonly id: string;
  readonly n: number;
  readonly firstMs: number;
  readonly lastMs: number;
  /** The first event showing this use. */
  readonly firstEvent: string;
}

/**
 * `shared-device`: an IMEI (subject) used by several numbers; `multi-sim-device`: an IMEI that carried several
 * IMSIs; `sim-swap`: a number (subject) seen with several IMSIs; `handset-change`: a number seen in several
 * handsets. Members are in order of first use.
 */
export interface HandsetFinding {
  readonly kind: 'shared-device' | 'multi-sim-device' | 'sim-swap' | 'handset-change';
  readonly subject: string;
  readonly members: readonly HandsetMember[];
}

export interface PartySpan {
  readonly party: string;
  readonly n: number;
  readonly firstMs: number;
  readonly lastMs: number;
  readonly contacts: number;
}

export interface SuccessorCandidateRow extends PartySpan {
  readonly shared: number;
  /** Shared counterparts, most events first (at most 20). */
  readonly sharedContacts: readonly string[];
}

export interface ActivityCell {
  /** ISO weekday, 1 = Monday. */
  readonly weekday: number;
  readonly hour: number;
  readonly n: number;
}

export interface CellStopRow {
  readonly cell: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly n: number;
  readonly firstEvent: string;
}

export interface DwellRow {
  readonly cell: string;
  readonly period: 'night' | 'day';
  readonly n: number;
  readonly days: number;
}

export interface CellSite {
  readonly key: string;
  readonly lat: number | null;
  readonly lon: number | null;
  readonly azimuth: number | null;
  readonly beam: number | null;
  readonly rangeM: number | null;
  readonly radio: string | null;
  readonly label: string | null;
}

export interface EventSourceRow {
  readonly eventId: string;
  readonly importId: string;
  readonly fileName: string;
  readonly row: number;
  readonly path: string | null;
  readonly timeRaw: string;
  readonly timeZone: string;
}

export interface ProfileQuery {
  readonly party: string;
  readonly window: TimeWindow;
  readonly silenceDays: number;
  /** IANA zone the busiest days are counted in. */
  readonly zone: string;
}

export interface CommonContactsQuery {
  readonly parties: readonly string[];
  readonly minSubjects: number;
  readonly window: TimeWindow;
  readonly limit: number;
}

/** Numbers first seen in `[fromMs, toMs]` that share counterparts with `party`. */
export interface SuccessorQuery {
  readonly party: string;
  readonly fromMs: number;
  readonly toMs: number;
  readonly limit: number;
}

export interface DwellQuery {
  readonly party: string;
  readonly window: TimeWindow;
  readonly zone: string;
  /** Local hours `[start, end)` counted as night; wraps midnight when start > end. */
  readonly nightHours: readonly [number, number];
}

/** Queries behind the communications analyses; implemented by each store engine. */
export interface CommsQueries {
  /** Rebuilds the derived tables (pairs, usage, spans) if an import changed the case since they were built. */
  prepare(): Promise<void>;
  entities(ids: readonly string[]): Promise<PartyEntity[]>;
  span(party: string): Promise<PartySpan | undefined>;
  profile(q: ProfileQuery): Promise<ProfileFacts>;
  contacts(party: string, filter: ContactFilter): Promise<ContactRow[]>;
  commonContacts(q: CommonContactsQuery): Promise<CommonContactRow[]>;
  /** The parties' ties over the whole case; with `among`, only those to one of these parties. */
  ties(parties: readonly string[], among?: readonly string[]): Promise<TieRow[]>;
  /** How many counterparts each party has (0 for an unknown one), without reading the ties. */
  tieCounts(parties: readonly string[]): Promise<ReadonlyMap<string, number>>;
  outLegs(parties: readonly string[], window: TimeWindow): Promise<OutLegRow[]>;
  towerDumps(): Promise<TowerDumpRow[]>;
  /** Sightings per party and scene, for parties seen at `minScenes` scenes or more. */
  sceneHits(scenes: readonly Scene[], minScenes: number): Promise<SceneHitRow[]>;
  colocations(q: ColocationQuery): Promise<ColocationMatch[]>;
  handsets(filter: UsageFilter): Promise<HandsetFinding[]>;
  successorCandidates(q: SuccessorQuery): Promise<SuccessorCandidateRow[]>;
  activity(party: string, window: TimeWindow, zone: string): Promise<ActivityCell[]>;
  cellStops(party: string, window: TimeWindow, limit: number): Promise<CellStopRow[]>;
  dwell(q: DwellQuery): Promise<DwellRow[]>;
  cellSites(keys: readonly string[]): Promise<CellSite[]>;
  sources(eventIds: readonly string[]): Promise<EventSourceRow[]>;
}
