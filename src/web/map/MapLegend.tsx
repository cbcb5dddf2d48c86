import { useT } from '../i18n/i18n';
import { AREA_STYLE } from './area-layers';
import { AREA_KINDS, type AreaKind, type MapFeatures } from './map-features';
import { spanText } from './popup';

/** Items listed per layer at most, for keyboard users; the map draws them all. */
const MAX_LISTED = 100;

/**
 * The legend: per layer a swatch, a toggle and its count within the brushed range, and the layer's areas
 * as buttons, so every area can be reached and selected by keyboard as well as by pointer.
 */
export function MapLegend(props: {
  features: MapFeatures;
  visible: Readonly<Record<AreaKind, boolean>>;
  onToggle: (kind: AreaKind) => void;
  onFocus: (idx: number) => void;
}) {
  const t = useT();
  const { items, areas } = props.features;
  const idxOf = (kind: AreaKind) =>
    areas.features.filter((f) => f.properties.kind === kind).map((f) => f.properties.idx);
  return (
    <aside className="map-legend" aria-label={t('mapLayers')} data-testid="map-legend">
      <h3>{t('mapLayers')}</h3>
      {AREA_KINDS.map((kind) => {
        const shown = idxOf(kind);
        return (
          <div key={kind} className="map-legend-entry">
            <label>
              <input
                type="checkbox"
                data-testid={`layer-${kind}`}
                checked={props.visible[kind]}
                onChange={() => props.onToggle(kind)}
              />
              <span className={`swatch swatch-${kind}`} style={{ background: AREA_STYLE[kind].colour }} />
              {t(AREA_STYLE[kind].legend)} ({shown.length})
            </label>
            {shown.length > 0 && props.visible[kind] && (
              <details>
                <summary>{t(AREA_STYLE[kind].legend)}</summary>
                <ul>
                  {shown.slice(0, MAX_LISTED).map((idx) => {
                    const item = items[idx];
                    if (!item) return null;
                    return (
                      <li key={idx}>
                        <button type="button" className="link" onClick={() => props.onFocus(idx)}>
                          {item.label} · {item.area.cell} {spanText(item.from, item.to)}
                        </button>
                      </li>
                    );
                  })}
                </ul>
              </details>
            )}
          </div>
        );
      })}
    </aside>
  );
}
