import { AnalysesPanel } from '../analyses/AnalysesPanel';
import { CasePanel } from '../cases/CasePanel';
import { useT } from '../i18n/i18n';
import { ProfilePanel } from '../profile/ProfilePanel';
import { SearchPanel } from '../search/SearchPanel';
import { useStore } from '../state/store';
import { setTool, workbench, type ToolTab } from '../state/workbench';
import { Tabs } from './Tabs';

export function ToolPane() {
  const t = useT();
  const tool = useStore(workbench, (s) => s.tool);
  const tabs = [
    { id: 'case', label: t('tabCase') },
    { id: 'search', label: t('tabSearch') },
    { id: 'analyses', label: t('tabAnalyses') },
    { id: 'profile', label: t('tabProfile') },
  ] as const;
  return (
    <section className="pane tools" aria-label={t('tabCase')}>
      <Tabs<ToolTab> tabs={tabs} current={tool} onSelect={setTool} label={t('tabCase')} idPrefix="tool" />
      <div role="tabpanel" id="tool-panel" aria-labelledby={`tool-${tool}`} className="panel">
        {tool === 'case' && <CasePanel />}
        {tool === 'search' && <SearchPanel />}
        {tool === 'analyses' && <AnalysesPanel />}
        {tool === 'profile' && <ProfilePanel />}
      </div>
    </section>
  );
}
