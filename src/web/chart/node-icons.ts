import type { FragmentLayer } from 'sigma/rendering';

/** The pictograms' ids: the branches of `ic_sdf` below, and of the exports' twin table in svg-icons.ts. */
export type IconId = 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12;

/**
 * Pictogram per entity type, drawn by the node shader itself from signed distance functions: no image
 * atlas, no texture upload, nothing fetched, and sharp at any zoom. 0 draws no icon.
 */
export const ICON_OF_KIND: Readonly<Record<string, IconId>> = {
  person: 1,
  organisation: 2,
  phone: 3,
  device: 4,
  sim: 5,
  account: 6,
  email: 7,
  document: 8,
  vehicle: 9,
  location: 10,
  place: 10,
  cellsite: 11,
  scene: 12,
};

export const iconForKind = (kind: string): IconId | 0 => ICON_OF_KIND[kind] ?? 0;

/** The shapes are sampled at the node's UV times this: one unit of icon space is 1/ICON_SCALE node radii. */
export const ICON_SCALE = 0.85;
/** Icons are white at this opacity, a trace of the node colour showing through. */
export const ICON_OPACITY = 0.95;

/** Icons fade in between these on-screen node diameters (px): a tiny disc shows its colour only. */
export const ICON_MIN_PX = 10;
const ICON_FULL_PX = 16;

// Shapes in the node's UV space: the disc is the unit circle, y points up. After Inigo Quilez's 2D
// distance functions (https://iquilezles.org/articles/distfunctions2d/); exactness is not needed,
// the distance only feeds a one-pixel antialiasing ramp.
const GLSL = /* glsl */ `
float ic_circle(vec2 p, float r) { return length(p) - r; }
float ic_box(vec2 p, vec2 b) {
  vec2 d = abs(p) - b;
  return length(max(d, 0.0)) + min(max(d.x, d.y), 0.0);
}
float ic_rbox(vec2 p, vec2 b, float r) { return ic_box(p, b - r) - r; }
float ic_seg(vec2 p, vec2 a, vec2 b, float w) {
  vec2 pa = p - a, ba = b - a;
  float h = clamp(dot(pa, ba) / dot(ba, ba), 0.0, 1.0);
  return length(pa - ba * h) - w;
}
float ic_ring(vec2 p, float r, float w) { return abs(length(p) - r) - w; }

float ic_sdf(int id, vec2 p) {
  if (id == 1) { // person: head and shoulders
    float body = max(max(ic_circle(p - vec2(0.0, -0.6), 0.42), p.y + 0.12), -(p.y + 0.56));
    return min(ic_circle(p - vec2(0.0, 0.2), 0.21), body);
  }
  if (id == 2) { // organisation: a building with windows
    float b = ic_box(p - vec2(0.0, -0.02), vec2(0.3, 0.46));
    vec2 q = p - vec2(0.0, 0.04);
    vec2 cell = vec2(0.2, 0.2);
    vec2 w = q - cell * clamp(floor(q / cell + 0.5), vec2(-1.0, -1.0), vec2(1.0, 1.0));
    return max(b, -ic_box(w, vec2(0.045, 0.055)));
  }
  if (id == 3) { // phone: a handset with its screen
    float body = ic_rbox(p, vec2(0.25, 0.46), 0.08);
    float screen = ic_box(p - vec2(0.0, 0.05), vec2(0.17, 0.27));
    return max(body, -min(screen, ic_circle(p - vec2(0.0, -0.36), 0.045)));
  }
  if (id == 4) { // device (IMEI): a chip with pins
    float chip = ic_rbox(p, vec2(0.26, 0.26), 0.04);
    vec2 a = abs(p);
    float pin = max(a.x, a.y) < 0.44 ? min(
      ic_box(vec2(mod(p.x + 0.09, 0.18) - 0.09, a.y - 0.36), vec2(0.035, 0.08)),
      ic_box(vec2(a.x - 0.36, mod(p.y + 0.09, 0.18) - 0.09), vec2(0.08, 0.035))) : 1.0;
    return min(max(chip, -ic_box(p, vec2(0.1, 0.1))), max(pin, max(a.x, a.y) - 0.44));
  }
  if (id == 5) { // SIM: a card with a cut corner and its contact pad
    float card = max(ic_rbox(p, vec2(0.3, 0.42), 0.04), (p.x + p.y - 0.5) * 0.7071);
    return max(card, -(abs(ic_box(p - vec2(0.0, -0.1), vec2(0.15, 0.13))) - 0.035));
  }
  if (id == 6) { // account: the @ sign
    float gap = max(0.1 - p.x, max(p.y - 0.02, -0.26 - p.y));
    float outer = max(ic_ring(p, 0.38, 0.055), -gap);
    float stem = min(ic_seg(p, vec2(0.2, 0.16), vec2(0.2, -0.06), 0.055),
                     ic_seg(p, vec2(0.2, -0.06), vec2(0.31, -0.2), 0.055));
    return min(min(outer, ic_ring(p, 0.15, 0.055)), stem);
  }
  if (id == 7) { // email: an envelope
    float frame = abs(ic_box(p, vec2(0.44, 0.3))) - 0.05;
    return min(frame, min(ic_seg(p, vec2(-0.42, 0.28), vec2(0.0, -0.04), 0.05),
                          ic_seg(p, vec2(0.42, 0.28), vec2(0.0, -0.04), 0.05)));
  }
  if (id == 8) { // document: a page with a folded corner and lines of text
    float page = max(ic_box(p, vec2(0.3, 0.44)), (p.x + p.y - 0.56) * 0.7071);
    float lines = ic_box(vec2(p.x + 0.03, mod(p.y + 0.06, 0.18) - 0.09), vec2(0.17, 0.03));
    lines = max(lines, abs(p.y + 0.12) - 0.24);
    return max(page, -lines);
  }
  if (id == 9) { // vehicle: a car in profile
    float body = ic_rbox(p - vec2(0.0, -0.06), vec2(0.48, 0.15), 0.06);
    float cabin = ic_rbox(p - vec2(0.0, 0.14), vec2(0.26, 0.16), 0.08);
    float wheels = min(ic_circle(p - vec2(-0.27, -0.22), 0.13), ic_circle(p - vec2(0.27, -0.22), 0.13));
    return max(min(min(body, cabin), wheels), -min(ic_circle(p - vec2(-0.27, -0.22), 0.05),
                                                   ic_circle(p - vec2(0.27, -0.22), 0.05)));
  }
  if (id == 10) { // location: a map pin
    float t = (p.y + 0.52) / 0.66;
    float cone = max(abs(p.x) - 0.3 * t, max(-(p.y + 0.52), p.y - 0.14));
    return max(min(ic_circle(p - vec2(0.0, 0.14), 0.3), cone), -ic_circle(p - vec2(0.0, 0.14), 0.12));
  }
  if (id == 11) { // cell site: a mast with radio waves
    vec2 top = vec2(0.0, 0.12);
    float mast = min(ic_seg(p, top, vec2(-0.2, -0.48), 0.05), ic_seg(p, top, vec2(0.2, -0.48), 0.05));
    float waves = min(ic_ring(p - top, 0.24, 0.045), ic_ring(p - top, 0.42, 0.045));
    waves = max(waves, abs(p.y - top.y) - abs(p.x) * 0.9);
    return min(min(mast, ic_circle(p - top, 0.09)), waves);
  }
  if (id == 12) { // scene: a target
    float cross = min(ic_box(p, vec2(0.5, 0.04)), ic_box(p, vec2(0.04, 0.5)));
    return min(min(ic_ring(p, 0.32, 0.06), ic_circle(p, 0.09)), max(cross, 0.2 - length(p)));
  }
  return 1.0;
}

vec4 layer_icon(float v_icon) {
  int id = int(v_icon + 0.5);
  // context.pixelToUV is one screen pixel in UV units, and the disc is 2 UV units across.
  float diameterPx = 2.0 / context.pixelToUV;
  if (id <= 0 || diameterPx < ${ICON_MIN_PX.toFixed(1)}) return vec4(0.0);
  float k = ${ICON_SCALE.toFixed(2)};
  float d = ic_sdf(id, context.uv * k);
  float aa = context.pixelToUV * k;
  float a = smoothstep(aa, -aa, d) * smoothstep(${ICON_MIN_PX.toFixed(1)}, ${ICON_FULL_PX.toFixed(1)}, diameterPx);
  return vec4(1.0, 1.0, 1.0, ${ICON_OPACITY.toFixed(2)} * a);
}
`;

/** The sigma node layer drawing the pictogram named by the node's `icon` attribute, in white over the fill. */
export function iconLayer(): FragmentLayer {
  return {
    name: 'icon',
    uniforms: [],
    attributes: [
      { name: 'icon', size: 1, type: WebGL2RenderingContext.FLOAT, source: 'icon', defaultValue: 0 },
    ],
    glsl: GLSL,
  };
}
