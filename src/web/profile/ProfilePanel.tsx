import { useEffect, useState } from 'react';
import { api } from '../api/endpoints';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { workbench } from '../state/workbench';
import { AliasesSection } from './AliasesSection';
import { AnalysisSection } from './AnalysisSection';

/** The sections of a profile, each an analysis of the entity; a section the server does not offer says so. */
const SECTIONS = [
  { id: 'profile', title: 'summary' },
  { id: 'top-contacts', title: 'topContacts' },
  { id: 'handsets', title: 'devices' },
  { id: 'activity', title: 'timeline' },
  { id: 'trail', title: 'trail' },
] as const;

export function ProfilePanel() {
  const t = useT();
  const caseName = useStore(workbench, (s) => s.caseName);
  const profile = useStore(workbench, (s) => s.profile);
  const [offered, setOffered] = useState<ReadonlySet<string>>(new Set());
  useEffect(() => {
    void api.analyses().then((r) => setOffered(new Set(r.analyses.map((a) => a.id))));
  }, []);
  if (!caseName || !profile) return <p>{t('searchPlaceholder')}</p>;
  const inputFor = (id: string): Record<string, unknown> =>
    id === 'handsets' ? { selectors: [profile.label] } : { subject: profile.label };
  return (
    <div className="stack" data-testid="profile" data-entity={profile.id}>
      <h2 className="entity-label">{profile.label}</h2>
      {SECTIONS.map((s) => (
        <AnalysisSection
          key={s.id}
          caseName={caseName}
          analysisId={s.id}
          title={t(s.title)}
          input={inputFor(s.id)}
          available={offered.has(s.id)}
        />
      ))}
      <AliasesSection caseName={caseName} selector={profile.label} />
    </div>
  );
}
