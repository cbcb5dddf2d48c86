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
import { colocationsOf } from './colocation.js';
import { commonContactsOf, contactsOf } from './contacts.js';
import { refreshDerived } from './derived.js';
import { findEntities, partySpan } from './entities.js';
import { handsetFindings } from './handsets.js';
import { activityOf, cellSitesOf, cellStopsOf, dwellOf } from './places.js';
import { profileFacts } from './profile.js';
import { listTowerDumps, sceneHitsOf } from './scenes.js';
import { sourcesOf } from './sources.js';
import { successorCandidatesOf } from './successors.js';
import { outLegsOf, tiesOf } from './ties.js';

/** DuckDB implementation of the communications-analytics port. */
export class DuckDbCommsQueries implements CommsQueries {
  private ready: Promise<unknown> | undefined;

  constructor(private readonly db: Db) {}

  /** Checks the derived tables once per open store; `prepare()` checks again (after an import). */
  private async derived(): Promise<Db> {
    this.ready ??= refreshDerived(this.db);
    await this.ready;
    return this.db;
  }

  async prepare(): Promise<void> {
    this.ready = refreshDerived(this.db);
    await this.ready;
  }

  entities = async (ids: readonly string[]) => findEntities(await this.derived(), ids);
  span = async (party: string) => partySpan(await this.derived(), party);
  profile = async (q: ProfileQuery) => profileFacts(await this.derived(), q);
  contacts = async (party: string, f: ContactFilter) => contactsOf(await this.derived(), party, f);
  commonContacts = async (q: CommonContactsQuery) => commonContactsOf(await this.derived(), q);
  ties = async (parties: readonly string[]) => tiesOf(await this.derived(), parties);
  outLegs = async (parties: readonly string[], window: TimeWindow) =>
    outLegsOf(await this.derived(), parties, window);
  towerDumps = async () => listTowerDumps(await this.derived());
  sceneHits = async (scenes: readonly Scene[], minScenes: number) =>
    sceneHitsOf(await this.derived(), scenes, minScenes);
  colocations = async (q: ColocationQuery) => colocationsOf(await this.derived(), q);
  handsets = async (f: UsageFilter) => handsetFindings(await this.derived(), f);
  successorCandidates = async (q: SuccessorQuery) => successorCandidatesOf(await this.derived(), q);
  activity = async (party: string, window: TimeWindow, zone: string) =>
    activityOf(await this.derived(), party, window, zone);
  cellStops = async (party: string, window: TimeWindow, limit: number) =>
    cellStopsOf(await this.derived(), party, window, limit);
  dwell = async (q: DwellQuery) => dwellOf(await this.derived(), q);
  cellSites = async (keys: readonly string[]) => cellSitesOf(await this.derived(), keys);
  sources = async (eventIds: readonly string[]) => sourcesOf(await this.derived(), eventIds);
}
