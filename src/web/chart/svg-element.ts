export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An SVG element with the given attributes; values are set as attributes, never parsed as markup. */
export function svgElement(name: string, attrs: Readonly<Record<string, string | number>>): SVGElement {
  const e = document.createElementNS(SVG_NS, name);
  for (const [k, v] of Object.entries(attrs)) e.setAttribute(k, String(v));
  return e;
}
