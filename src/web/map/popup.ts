import type { ChartNode } from '../../model/api/index';
import type { MapItem } from './map-features';

/** A time span to the minute, the end's date left out when it is the start's. */
export function spanText(from: string | null, to: string | null): string {
  if (!from) return '';
  const a = from.slice(0, 16).replace('T', ' ');
  if (!to || to === from) return a;
  const b = to.slice(0, 16).replace('T', ' ');
  return `${a} → ${b.slice(0, 10) === a.slice(0, 10) ? b.slice(11) : b}`;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, text: string, className?: string) {
  const e = document.createElement(tag);
  // textContent, never innerHTML: labels and names come from case data.
  e.textContent = text;
  if (className) e.className = className;
  return e;
}

/** A popup's content built from DOM nodes and text only: the item, when, and a button per entity. */
export function popupContent(
  item: MapItem,
  kindLabel: string,
  onSelect: (node: ChartNode) => void,
): HTMLElement {
  const root = el('div', '', 'map-popup');
  root.dataset.testid = 'map-popup';
  root.append(el('strong', item.label, 'entity-label'), el('div', kindLabel, 'muted'));
  const when = spanText(item.from, item.to);
  if (when) root.append(el('div', when));
  root.append(el('div', `${item.area.cell} · ${Math.round(item.area.radiusM)} m`, 'muted'));
  for (const node of item.entities) {
    const b = el('button', node.label, 'link');
    b.type = 'button';
    b.addEventListener('click', () => onSelect(node));
    root.append(b);
  }
  return root;
}
