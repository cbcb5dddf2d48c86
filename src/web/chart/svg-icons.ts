import { ICON_OPACITY, ICON_SCALE, type IconId } from './node-icons';
import { svgElement } from './svg-element';

/**
 * The shader's pictograms (node-icons.ts) as SVG, for the exports. Each shape is the zero contour of its
 * GLSL distance function, with the same constants, in the same icon space: y up, the shader's `p`.
 * A cut out of a union is made exact with even-odd holes or notched outlines, never painted over.
 */

type Attrs = Readonly<Record<string, string | number>>;
type Part = readonly [tag: 'circle' | 'rect' | 'path', attrs: Attrs];

interface IconSvg {
  /** Marks the icon in the file, for readers and tests. */
  readonly name: string;
  readonly parts: readonly Part[];
}

const COLOUR = '#ffffff';

const num = (v: number): string => String(Math.round(v * 1e4) / 1e4);
const pt = (x: number, y: number): string => `${num(x)} ${num(y)}`;

/** Arc to (x, y) on a circle of radius r; in y-up icon space sweep 1 turns anticlockwise. */
const arc = (r: number, x: number, y: number, isLarge = false, sweep = 1): string =>
  `A ${num(r)} ${num(r)} 0 ${isLarge ? 1 : 0} ${sweep} ${pt(x, y)}`;

/** ic_box / ic_rbox as a closed subpath: centre, half-size and corner radius. */
function boxPath(cx: number, cy: number, hw: number, hh: number, r = 0): string {
  const [x0, x1, y0, y1] = [cx - hw, cx + hw, cy - hh, cy + hh];
  const corner = (x: number, y: number) => (r > 0 ? [arc(r, x, y)] : []);
  return [
    `M ${pt(x0 + r, y0)} L ${pt(x1 - r, y0)}`,
    ...corner(x1, y0 + r),
    `L ${pt(x1, y1 - r)}`,
    ...corner(x1 - r, y1),
    `L ${pt(x0 + r, y1)}`,
    ...corner(x0, y1 - r),
    `L ${pt(x0, y0 + r)}`,
    ...corner(x0 + r, y0),
    'Z',
  ].join(' ');
}

const circlePath = (cx: number, cy: number, r: number): string =>
  `M ${pt(cx + r, cy)} ${arc(r, cx - r, cy, true)} ${arc(r, cx + r, cy, true)} Z`;

const disc = (cx: number, cy: number, r: number): Part => ['circle', { cx, cy, r }];
const box = (cx: number, cy: number, hw: number, hh: number, r = 0): Part => [
  'rect',
  { x: num(cx - hw), y: num(cy - hh), width: num(2 * hw), height: num(2 * hh), rx: r },
];
/** Subpaths filled even-odd: the first is the outline, those inside it holes. */
const withHoles = (...subpaths: readonly string[]): Part => [
  'path',
  { d: subpaths.join(' '), 'fill-rule': 'evenodd' },
];
const stroke = (w: number): Attrs => ({ fill: 'none', stroke: COLOUR, 'stroke-width': num(2 * w) });
/** ic_ring: a circle's outline, half-width w. */
const ring = (cx: number, cy: number, r: number, w: number): Part => ['circle', { cx, cy, r, ...stroke(w) }];
/** A chain of ic_seg capsules, half-width w: a round-capped, round-joined line. */
const capsules = (w: number, ...points: readonly (readonly [number, number])[]): Part => [
  'path',
  {
    d: points.map(([x, y], i) => `${i === 0 ? 'M' : 'L'} ${pt(x, y)}`).join(' '),
    ...stroke(w),
    'stroke-linecap': 'round',
    'stroke-linejoin': 'round',
  },
];

const WINDOWS = [-0.2, 0, 0.2];
/** device: the pins, 0.18 apart, as far as the shader's square of half-size 0.44 lets them. */
const PINS = [-0.36, -0.18, 0, 0.18, 0.36];

/** person: the disc of radius 0.42 at (0, -0.6) cut flat at y = -0.56; its top, -0.18, is under the other cut. */
const SHOULDER_X = Math.sqrt(0.42 ** 2 - 0.04 ** 2);
/** account: the outer ring's gap, cut along y = 0.02 and y = -0.26 on the right. */
function atGap(): string {
  const [ro, ri] = [0.38 + 0.055, 0.38 - 0.055];
  const x = (r: number, y: number) => Math.sqrt(r * r - y * y);
  return [
    `M ${pt(x(ro, 0.02), 0.02)} ${arc(ro, x(ro, -0.26), -0.26, true)}`,
    `L ${pt(x(ri, -0.26), -0.26)} ${arc(ri, x(ri, 0.02), 0.02, true, 0)} Z`,
  ].join(' ');
}
/** vehicle: the body, its bottom edge notched where the hubs (radius 0.05 at y = -0.22) cut into it. */
function carBody(): string {
  const dx = Math.sqrt(0.05 ** 2 - 0.01 ** 2);
  const hub = (x: number) => `L ${pt(x - dx, -0.21)} ${arc(0.05, x + dx, -0.21, false, 0)}`;
  return [
    `M ${pt(-0.42, -0.21)} ${hub(-0.27)} ${hub(0.27)} L ${pt(0.42, -0.21)}`,
    `${arc(0.06, 0.48, -0.15)} L ${pt(0.48, 0.03)} ${arc(0.06, 0.42, 0.09)}`,
    `L ${pt(-0.42, 0.09)} ${arc(0.06, -0.48, 0.03)} L ${pt(-0.48, -0.15)} ${arc(0.06, -0.42, -0.21)} Z`,
  ].join(' ');
}
/** location: the head (radius 0.3 at (0, 0.14)) and the cone from (0, -0.52), as one outline. */
function pinOutline(): string {
  const [w, h] = [0.3, 0.66];
  // The cone's side crosses the head's circle at its end (w, h from the tip) and, the quadratic's other
  // root, at this fraction of its run: the outline leaves the side there.
  const s = (h * h - w * w) / (h * h + w * w);
  const [x, y] = [w * s, -0.52 + h * s];
  return `M ${pt(0, -0.52)} L ${pt(x, y)} ${arc(0.3, -x, y, true)} Z`;
}
/** cell site: a ring about the mast top, kept where |dy| <= 0.9 |dx|; the cuts are radial, so butt ends. */
function waves(r: number): Part {
  const a = Math.atan(0.9);
  const [dx, dy] = [r * Math.cos(a), r * Math.sin(a)];
  const right = `M ${pt(dx, 0.12 - dy)} ${arc(r, dx, 0.12 + dy)}`;
  const left = `M ${pt(-dx, 0.12 + dy)} ${arc(r, -dx, 0.12 - dy)}`;
  return ['path', { d: `${right} ${left}`, ...stroke(0.045) }];
}

const ICONS: Readonly<Record<IconId, IconSvg>> = {
  1: {
    name: 'person',
    parts: [
      disc(0, 0.2, 0.21),
      ['path', { d: `M ${pt(-SHOULDER_X, -0.56)} ${arc(0.42, SHOULDER_X, -0.56, false, 0)} Z` }],
    ],
  },
  2: {
    name: 'organisation',
    parts: [
      withHoles(
        boxPath(0, -0.02, 0.3, 0.46),
        // The windows: a 3 x 3 grid, 0.2 apart, about (0, 0.04).
        ...WINDOWS.flatMap((x) => WINDOWS.map((y) => boxPath(x, 0.04 + y, 0.045, 0.055))),
      ),
    ],
  },
  3: {
    name: 'phone',
    parts: [
      withHoles(boxPath(0, 0, 0.25, 0.46, 0.08), boxPath(0, 0.05, 0.17, 0.27), circlePath(0, -0.36, 0.045)),
    ],
  },
  4: {
    name: 'device',
    parts: [
      withHoles(boxPath(0, 0, 0.26, 0.26, 0.04), boxPath(0, 0, 0.1, 0.1)),
      ...PINS.flatMap((c) => [
        box(c, 0.36, 0.035, 0.08),
        box(c, -0.36, 0.035, 0.08),
        box(0.36, c, 0.08, 0.035),
        box(-0.36, c, 0.08, 0.035),
      ]),
    ],
  },
  5: {
    name: 'sim',
    parts: [
      withHoles(
        // The rounded card with its top-right corner cut along x + y = 0.5.
        `M ${pt(-0.26, -0.42)} L ${pt(0.26, -0.42)} ${arc(0.04, 0.3, -0.38)} L ${pt(0.3, 0.2)} ` +
          `L ${pt(0.08, 0.42)} L ${pt(-0.26, 0.42)} ${arc(0.04, -0.3, 0.38)} L ${pt(-0.3, -0.38)} ` +
          `${arc(0.04, -0.26, -0.42)} Z`,
        // The pad: the outline of a box, half-width 0.035, cut out of the card.
        boxPath(0, -0.1, 0.15 + 0.035, 0.13 + 0.035, 0.035),
        boxPath(0, -0.1, 0.15 - 0.035, 0.13 - 0.035),
      ),
    ],
  },
  6: {
    name: 'account',
    parts: [
      ['path', { d: atGap() }],
      ring(0, 0, 0.15, 0.055),
      capsules(0.055, [0.2, 0.16], [0.2, -0.06], [0.31, -0.2]),
    ],
  },
  7: {
    name: 'email',
    parts: [
      // abs(ic_box) - w is a stroke of the box whose outer corners are round.
      ['rect', { x: -0.44, y: -0.3, width: 0.88, height: 0.6, ...stroke(0.05), 'stroke-linejoin': 'round' }],
      capsules(0.05, [-0.42, 0.28], [0, -0.04], [0.42, 0.28]),
    ],
  },
  8: {
    name: 'document',
    parts: [
      withHoles(
        `M ${pt(-0.3, -0.44)} L ${pt(0.3, -0.44)} L ${pt(0.3, 0.26)} L ${pt(0.12, 0.44)} L ${pt(-0.3, 0.44)} Z`,
        ...[-0.33, -0.15, 0.03].map((y) => boxPath(-0.03, y, 0.17, 0.03)),
      ),
    ],
  },
  9: {
    name: 'vehicle',
    parts: [
      ['path', { d: carBody() }],
      box(0, 0.14, 0.26, 0.16, 0.08),
      ...[-0.27, 0.27].map((x) => withHoles(circlePath(x, -0.22, 0.13), circlePath(x, -0.22, 0.05))),
    ],
  },
  10: { name: 'location', parts: [withHoles(pinOutline(), circlePath(0, 0.14, 0.12))] },
  11: {
    name: 'cellsite',
    parts: [
      capsules(0.05, [-0.2, -0.48], [0, 0.12], [0.2, -0.48]),
      disc(0, 0.12, 0.09),
      waves(0.24),
      waves(0.42),
    ],
  },
  12: {
    name: 'scene',
    parts: [
      ring(0, 0, 0.32, 0.06),
      disc(0, 0, 0.09),
      // The cross outside radius 0.2; the shader ends its arms on that arc, here flat (0.004 apart).
      box(0.35, 0, 0.15, 0.04),
      box(-0.35, 0, 0.15, 0.04),
      box(0, 0.35, 0.04, 0.15),
      box(0, -0.35, 0.04, 0.15),
    ],
  },
};

const isIconId = (id: number): id is IconId => Object.hasOwn(ICONS, id);

/** The pictogram with this id over a node disc of radius r at (x, y) in SVG space; null for 0, no icon. */
export function iconSvg(id: number, x: number, y: number, r: number): SVGElement | null {
  if (!isIconId(id)) return null;
  const icon = ICONS[id];
  const s = r / ICON_SCALE;
  const g = svgElement('g', {
    'data-icon': icon.name,
    // Icon space has y up, SVG y down.
    transform: `translate(${pt(x, y)}) scale(${num(s)} ${num(-s)})`,
    fill: COLOUR,
    // On the group, so overlapping parts are not doubled where they meet.
    opacity: ICON_OPACITY,
  });
  for (const [tag, attrs] of icon.parts) g.appendChild(svgElement(tag, attrs));
  return g;
}
