import type {
  ColocationQuery,
  CommsQueries,
  ContactFilter,
  CommonContactsQuery,
  DwellQuery,
  ProfileQuery,
  Scene,
  SuccessorQuery,
  TimeWindow,
  UsageFilter,
} from '../../../comms-port.js';
import type { Db } from '../../db.js';
import type { CommsIndex } from '../../comms-index/comms-index.js';
import { colocationsFrom, sightingsByCell } from '../../comms-index/colocation.js';
import {
  commonContactsFrom,
  contactsFrom,
  outLegsFrom,
  spanFrom,
  successorCandidatesFrom,
  tiesFrom,
} from '../../comms-index/contacts.js';
import { entitiesFrom } from '../../comms-index/entities.js';
import { commsIndexFor } from '../../comms-index/open.js';
import { activityFrom, cellStopsFrom, dwellFrom } from '../../comms-index/places.js';
import { profileFrom } from '../../comms-index/profile.js';
import { sceneHitsFrom } from '../../comms-index/scenes.js';
import { cellSitesOf } from './cell-sites.js';
import { refreshDerived } from './derived.js';
import { handsetFindings } from './handsets.js';
import { sourcesOf } from './sources.js';
import { listTowerDumps } from './tower-dumps.js';

/**
 * DuckDB implementation of the communications-analytics port. Whole-case analyses (handsets, successors)
 * are SQL over derived tables; lookups of one party or one cell go to the communications index, whose rows
 * for a party or a cell are contiguous on disk, because DuckDB reads at least a row group per query.
 */
export class DuckDbCommsQueries implements CommsQueries {
  private ready: Promise<CommsIndex> | undefined;

  constructor(private readonly db: Db) {}

  /** Checks the derived tables and the index once per open store; `prepare()` checks again (after an import). */
  private index(): Promise<CommsIndex> {
    this.ready ??= refreshDerived(this.db).then((stamp) => commsIndexFor(this.db, stamp));
    return this.ready;
  }

  private async derived(): Promise<Db> {
    await this.index();
    return this.db;
  }

  async prepare(): Promise<void> {
    this.ready = undefined;
    await this.index();
  }

  entities = async (ids: readonly string[]) => entitiesFrom(await this.index(), ids);
  span = async (party: string) => spanFrom(await this.index(), party);
  profile = async (q: ProfileQuery) => profileFrom(await this.index(), q);
  contacts = async (party: string, f: ContactFilter) => contactsFrom(await this.index(), party, f);
  commonContacts = async (q: CommonContactsQuery) => commonContactsFrom(await this.index(), q);
  ties = async (parties: readonly string[], among?: readonly string[]) =>
    tiesFrom(await this.index(), parties, among);
  tieCounts = async (parties: readonly string[]) => {
    const ix = await this.index();
    return new Map(
      parties.map((p) => {
        const no = ix.partyNo(p);
        return [p, no === undefined ? 0 : ix.tieCount(no)] as const;
      }),
    );
  };
  outLegs = async (parties: readonly string[], window: TimeWindow) =>
    outLegsFrom(await this.index(), parties, window);
  towerDumps = async () => listTowerDumps(await this.derived());
  sceneHits = async (scenes: readonly Scene[], minScenes: number) =>
    sceneHitsFrom(await this.index(), scenes, minScenes);
  colocations = async (q: ColocationQuery) => {
    const ix = await this.index();
    const byCell = sightingsByCell(ix, q);
    const sites = q.radiusM > 0 ? [...ix.sites().values()].filter((s) => byCell.has(s.key)) : [];
    return colocationsFrom(ix, q, byCell, sites);
  };
  handsets = async (f: UsageFilter) => handsetFindings(await this.derived(), f);
  successorCandidates = async (q: SuccessorQuery) => successorCandidatesFrom(await this.index(), q);
  activity = async (party: string, window: TimeWindow, zone: string) =>
    activityFrom(await this.index(), party, window, zone);
  cellStops = async (party: string, window: TimeWindow, limit: number) =>
    cellStopsFrom(await this.index(), party, window, limit);
  dwell = async (q: DwellQuery) => dwellFrom(await this.index(), q);
  /** Sites of cells seen in the case come from the index; others (a scene's unseen cells) from the registry. */
  cellSites = async (keys: readonly string[]) => {
    const sites = (await this.index()).sites();
    const missing = keys.filter((k) => !sites.has(k));
    const found = [...new Set(keys)].flatMap((k) => sites.get(k) ?? []);
    const rest = missing.length === 0 ? [] : await cellSitesOf(this.db, missing);
    return [...found, ...rest].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  };
  sources = async (eventIds: readonly string[]) => sourcesOf(await this.derived(), eventIds);
}
