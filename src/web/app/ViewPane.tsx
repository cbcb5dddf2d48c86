import { LinkChart } from '../chart/LinkChart';
import { useT } from '../i18n/i18n';
import { MapView } from '../map/MapView';
import { useStore } from '../state/store';
import { setView, workbench, type ViewTab } from '../state/workbench';
import { Timeline } from '../timeline/Timeline';
import { Tabs } from './Tabs';

/** The chart, the map and the timeline; the timeline's brush filters the other two. */
export function ViewPane() {
  const t = useT();
  const view = useStore(workbench, (s) => s.view);
  const tabs = [
    { id: 'chart', label: t('tabChart') },
    { id: 'map', label: t('tabMap') },
    { id: 'timeline', label: t('tabTimeline') },
  ] as const;
  return (
    <section className="pane views" aria-label={t('tabChart')}>
      <Tabs<ViewTab> tabs={tabs} current={view} onSelect={setView} label={t('tabChart')} idPrefix="view" />
      <div role="tabpanel" id="view-panel" aria-labelledby={`view-${view}`} className="panel view-panel">
        {view === 'chart' && <LinkChart />}
        {view === 'map' && <MapView />}
        {view === 'timeline' && <Timeline />}
      </div>
    </section>
  );
}
