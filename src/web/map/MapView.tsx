import * as maplibregl from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import { useEffect, useMemo, useRef, useState } from 'react';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { workbench } from '../state/workbench';
import { basemapStyle } from './basemap';
import { mapFeatures } from './map-features';

// MapLibre loads its worker from a file beside its script; Vite bundles that worker and gives its address.
maplibregl.setWorkerUrl(workerUrl);

const EMPTY = { type: 'FeatureCollection' as const, features: [] };

/** MapLibre over the bundled Natural Earth basemap: cell areas of trails, scenes, co-locations and dwell places. */
export function MapView() {
  const t = useT();
  const data = useStore(workbench, (s) => s.map);
  const range = useStore(workbench, (s) => s.timeRange);
  const container = useRef<HTMLDivElement>(null);
  const map = useRef<maplibregl.Map | null>(null);
  const [isLoaded, setLoaded] = useState(false);
  const features = useMemo(() => mapFeatures(data, range), [data, range]);

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
      m.addLayer({
        id: 'areas-fill',
        type: 'fill',
        source: 'areas',
        paint: {
          'fill-color': ['match', ['get', 'kind'], 'dwell', '#8a5a00', 'scene', '#b00020', '#1f5fa8'],
          'fill-opacity': 0.25,
        },
      });
      m.addLayer({
        id: 'areas-line',
        type: 'line',
        source: 'areas',
        paint: { 'line-color': '#1b1f24', 'line-width': 1 },
      });
      m.addLayer({
        id: 'trails',
        type: 'line',
        source: 'trails',
        paint: { 'line-color': '#b3461b', 'line-width': 2.5, 'line-dasharray': [2, 1] },
      });
      const popup = new maplibregl.Popup({ closeButton: false, closeOnClick: false });
      m.on('mousemove', 'areas-fill', (e: maplibregl.MapLayerMouseEvent) => {
        const label = e.features?.[0]?.properties?.label;
        // setText, never setHTML: labels come from case data.
        popup
          .setLngLat(e.lngLat)
          .setText(typeof label === 'string' ? label : '')
          .addTo(m);
      });
      m.on('mouseleave', 'areas-fill', () => popup.remove());
      setLoaded(true);
    });
    map.current = m;
    return () => {
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
    const coords = features.areas.features.flatMap((f) => f.geometry.coordinates[0] ?? []);
    if (coords.length > 0) {
      const bounds = coords.reduce(
        (b, c) => b.extend(c as [number, number]),
        new maplibregl.LngLatBounds(coords[0] as [number, number], coords[0] as [number, number]),
      );
      m.fitBounds(bounds, { padding: 40, duration: 0, maxZoom: 13 });
    }
  }, [features, isLoaded]);

  return (
    <div className="map-wrap">
      {data.trail.length === 0 && data.places.length === 0 && <p className="empty">{t('mapEmpty')}</p>}
      <div
        ref={container}
        className="map"
        data-testid="map"
        data-loaded={isLoaded}
        data-areas={features.areas.features.length}
        data-trails={features.trails.features.length}
        role="img"
        aria-label={t('tabMap')}
      />
    </div>
  );
}
