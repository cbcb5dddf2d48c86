export { cdrImporter } from './importer.js';
export { CdrOptions } from './options.js';
export { cdrDryRun, type CdrDryRunReport } from './dry-run.js';
export { Profile, loadProfile, saveProfile, SHIPPED_PROFILE_DIR } from './profile.js';
export {
  renderCdrFile,
  randomCdrs,
  randomCdrStream,
  layoutZone,
  LAYOUT_NAMES,
  type LayoutName,
  type SyntheticCdr,
} from './generate.js';
export { LAYOUTS } from './layouts.js';
export { isBlank } from './row-rules.js';
export {
  chooseProfile,
  listProfiles,
  resolveProfileName,
  saveWorkspaceProfile,
  workspaceProfileDir,
  type ChosenProfile,
  type ProfileEntry,
} from './profile-store.js';
