/** FNV-1a: a stable hash of a node id, so the same chart always starts from the same positions. */
function hash(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The fixed layout seed: a node's starting position depends only on its id, and ForceAtlas2 is
 * deterministic from there, so screenshots of a chart are repeatable.
 */
export function seedPosition(id: string): { x: number; y: number } {
  const h = hash(id);
  const angle = ((h & 0xffff) / 0x10000) * 2 * Math.PI;
  const radius = 10 + ((h >>> 16) / 0x10000) * 90;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}
