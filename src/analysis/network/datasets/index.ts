export { loadCaviar } from './caviar.js';
export { loadMontagna } from './montagna.js';
export { loadMexicoTrafficking } from './mexico-trafficking.js';
export { loadMadrid } from './madrid.js';
export { loadNovember17 } from './november17.js';
export type { NamedNetwork } from './named-network.js';
