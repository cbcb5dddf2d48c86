/** Colours with at least 4.5:1 contrast on white, so nodes and their legend stay readable. */
const TYPE_COLOURS: Readonly<Record<string, string>> = {
  person: '#1f5fa8',
  organisation: '#6a3d9a',
  phone: '#b3461b',
  device: '#2c6e49',
  sim: '#8a5a00',
  account: '#a0256b',
  document: '#4f5b66',
  vehicle: '#005f73',
  location: '#7b4b2a',
  cellsite: '#55606e',
  scene: '#b00020',
};

const COMMUNITY_COLOURS = [
  '#1f5fa8',
  '#b3461b',
  '#2c6e49',
  '#6a3d9a',
  '#8a5a00',
  '#a0256b',
  '#005f73',
  '#b00020',
  '#4f5b66',
  '#7b4b2a',
];

export const colourForType = (kind: string): string => TYPE_COLOURS[kind] ?? '#4f5b66';

export const colourForCommunity = (c: number): string =>
  COMMUNITY_COLOURS[c % COMMUNITY_COLOURS.length] ?? '#4f5b66';
