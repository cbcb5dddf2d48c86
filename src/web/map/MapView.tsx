import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ChartNode } from '../../model/api/index';
import { ErrorNote } from '../app/ErrorNote';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { addToMap, selectEntity, workbench } from '../state/workbench';
import { addAreaLayers, AREA_STYLE, FILL_LAYERS, setAreaVisible } from './area-layers';
import { basemapStyle } from './basemap';
import { fetchMapLayers } from './layers-api';
import { boundsOf, mapFeatures, mapItems, AREA_KINDS, type AreaKind, type MapItem } from './map-features';
import { MapLegend } from './MapLegend';
import { popupContent } from './popup';
import { showSceneLabels } from './scene-labels';

// MapLibre loads its worker from a file beside its script; Vite bundles that worker and gives its address.
maplibregl.setWorkerUrl(workerUrl);

const EMPTY = { type: 'FeatureCollection' as const, features: [] };
const ALL_VISIBLE: Record<AreaKind, boolean> = { stop: true, scene: true, colocation: true, dwell: true };
const NO_COUNTS: Record<AreaKind, number> = { stop: 0, scene: 0, colocation: 0, dwell: 0 };

/** Distinct items MapLibre drew per kind (a feature split across tiles counts once). */
function renderedCounts(m: maplibregl.Map): Record<AreaKind, number> {
  const seen = new Map<AreaKind, Set<unknown>>();
  for (const f of m.queryRenderedFeatures({ layers: FILL_LAYERS })) {
    const kind = f.properties.kind as AreaKind;
    seen.set(kind, (seen.get(kind) ?? new Set()).add(f.properties.idx));
  }
  return Object.fromEntries(AREA_KINDS.map((k) => [k, seen.get(k)?.size ?? 0])) as Record<AreaKind, number>;
}

/** MapLibre over the bundled Natural Earth basemap: cell areas of trails, scenes, co-locations and dwell places. */
export function MapView() {
  const t = useT();
  const data = useStore(workbench, (s) => s.map);
  const range = useStore(workbench, (s) => s.timeRange);
  const chart = useStore(workbench, (s) => s.chart);
  const caseName = useStore(workbench, (s) => s.caseName);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const popup = useRef<maplibregl.Popup | null>(null);
  const labels = useRef<maplibregl.Marker[]>([]);
  const [isLoaded, setLoaded] = useState(false);
  const [visible, setVisible] = useState(ALL_VISIBLE);
  const [rendered, setRendered] = useState(NO_COUNTS);
  const [isFetching, setFetching] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const nodeOf = useMemo(
    () =>
      (id: string): ChartNode =>
        chart.nodes.get(id) ?? { id, kind: 'entity', label: id },
    [chart],
  );
  const features = useMemo(() => mapFeatures(data, range, nodeOf), [data, range, nodeOf]);
  const itemsRef = useRef<readonly MapItem[]>([]);
  itemsRef.current = features.items;

  const openPopup = (item: MapItem, at: maplibregl.LngLatLike) => {
    const m = map.current;
    if (!m) return;
    popup.current?.remove();
    const content = popupContent(item, t(AREA_STYLE[item.kind].legend), selectEntity);
    popup.current = new maplibregl.Popup({ maxWidth: '320px' }).setLngLat(at).setDOMContent(content).addTo(m);
  };
  const openRef = useRef(openPopup);
  openRef.current = openPopup;

  useEffect(() => {
    if (!container.current) return;
    const m = new maplibregl.Map({
      container: container.current,
      style: basemapStyle(),
      center: [13.19, 32.89],
      zoom: 4,
      attributionControl: { compact: true },
      fadeDuration: 0,
    });
    m.addControl(new maplibregl.NavigationControl({ showCompass: false }));
    m.on('load', () => {
      m.addSource('areas', { type: 'geojson', data: EMPTY });
      m.addSource('trails', { type: 'geojson', data: EMPTY });
      addAreaLayers(m);
      m.addLayer({
        id: 'trails',
        type: 'line',
        source: 'trails',
        paint: { 'line-color': '#b3461b', 'line-width': 2.5, 'line-dasharray': [2, 1] },
      });
      m.on('click', FILL_LAYERS, (e: maplibregl.MapLayerMouseEvent) => {
        const item = itemsRef.current[Number(e.features?.[0]?.properties.idx)];
        if (!item) return;
        openRef.current(item, e.lngLat);
        const [entity] = item.entities;
        if (entity) selectEntity(entity);
      });
      m.on('mouseenter', FILL_LAYERS, () => (m.getCanvas().style.cursor = 'pointer'));
      m.on('mouseleave', FILL_LAYERS, () => (m.getCanvas().style.cursor = ''));
      m.on('idle', () => setRendered(renderedCounts(m)));
      setLoaded(true);
    });
    map.current = m;
    return () => {
      for (const marker of labels.current) marker.remove();
      m.remove();
      map.current = null;
      setLoaded(false);
    };
  }, []);

  useEffect(() => {
    const m = map.current;
    if (!m || !isLoaded) return;
    (m.getSource('areas') as maplibregl.GeoJSONSource | undefined)?.setData(features.areas);
    (m.getSource('trails') as maplibregl.GeoJSONSource | undefined)?.setData(features.trails);
    const shown = features.areas.features.map((f) => features.items[f.properties.idx] as MapItem);
    labels.current = showSceneLabels(m, labels.current, visible.scene ? shown : []);
  }, [features, isLoaded, visible.scene]);

  // The view fits what was loaded, not what the brush leaves, so brushing does not move the map.
  useEffect(() => {
    const m = map.current;
    const box = boundsOf(mapItems(data, (id) => ({ id, kind: 'entity', label: id })));
    if (m && isLoaded && box) m.fitBounds(box, { padding: 40, duration: 0, maxZoom: 13 });
  }, [data, isLoaded]);

  useEffect(() => {
    const m = map.current;
    if (m && isLoaded) for (const kind of AREA_KINDS) setAreaVisible(m, kind, visible[kind]);
  }, [visible, isLoaded]);

  const focusItem = (idx: number) => {
    const item = features.items[idx];
    const m = map.current;
    if (!item || !m) return;
    const box = boundsOf([item]);
    if (box) m.fitBounds(box, { padding: 60, duration: 0, maxZoom: 14 });
    openPopup(item, [item.area.site[0], item.area.site[1]]);
    const [entity] = item.entities;
    if (entity) selectEntity(entity);
  };
  const loadLayers = () => {
    if (!caseName) return;
    setFetching(true);
    setError(null);
    fetchMapLayers(caseName, chart.nodes.values())
      .then(addToMap, setError)
      .finally(() => setFetching(false));
  };

  const counts = (kind: AreaKind) => features.areas.features.filter((f) => f.properties.kind === kind).length;
  return (
    <div className="map-wrap">
      <div className="toolbar row">
        <button data-testid="map-load-layers" disabled={!caseName || isFetching} onClick={loadLayers}>
          {isFetching ? t('loading') : t('loadLayers')}
        </button>
        <ErrorNote error={error} />
      </div>
      {data.trail.length === 0 && data.places.length === 0 && <p className="empty">{t('mapEmpty')}</p>}
      <div className="map-body">
        <div
          ref={container}
          className="map"
          data-testid="map"
          data-loaded={isLoaded}
          data-areas={features.areas.features.length}
          data-trails={features.trails.features.length}
          data-scene={counts('scene')}
          data-colocation={counts('colocation')}
          data-dwell={counts('dwell')}
          data-rendered-scene={rendered.scene}
          data-rendered-colocation={rendered.colocation}
          data-rendered-dwell={rendered.dwell}
          data-rendered-stop={rendered.stop}
          role="img"
          aria-label={t('tabMap')}
        />
        <MapLegend
          features={features}
          visible={visible}
          onToggle={(kind) => setVisible((v) => ({ ...v, [kind]: !v[kind] }))}
          onFocus={focusItem}
        />
      </div>
    </div>
  );
}
