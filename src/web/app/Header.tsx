import { useEffect, useState } from 'react';
import type { CaseSummary } from '../../model/api/index';
import { api } from '../api/endpoints';
import { useT } from '../i18n/i18n';
import { LANGS, type Lang } from '../i18n/messages';
import { useStore } from '../state/store';
import { setCase, setLang, workbench } from '../state/workbench';

const LANG_NAMES: Readonly<Record<Lang, string>> = { en: 'English', fr: 'Français', ar: 'العربية' };

/** Title, the case picker and the language picker. */
export function Header() {
  const t = useT();
  const lang = useStore(workbench, (s) => s.lang);
  const caseName = useStore(workbench, (s) => s.caseName);
  const [cases, setCases] = useState<CaseSummary[]>([]);
  const casesVersion = useStore(workbench, (s) => s.casesVersion);
  useEffect(() => {
    void api.cases().then((r) => {
      setCases(r.cases);
      const first = r.cases[0];
      if (!workbench.get().caseName && first) setCase(first.name);
    });
  }, [casesVersion]);
  return (
    <header className="header">
      <h1>{t('appTitle')}</h1>
      <label>
        {t('case')}{' '}
        <select
          data-testid="case-select"
          value={caseName ?? ''}
          onChange={(e) => setCase(e.target.value || null)}
        >
          <option value="">{t('noCase')}</option>
          {cases.map((c) => (
            <option key={c.name} value={c.name}>
              {c.title}
            </option>
          ))}
        </select>
      </label>
      <label>
        {t('language')}{' '}
        <select data-testid="lang-select" value={lang} onChange={(e) => setLang(e.target.value as Lang)}>
          {LANGS.map((l) => (
            <option key={l} value={l} lang={l}>
              {LANG_NAMES[l]}
            </option>
          ))}
        </select>
      </label>
    </header>
  );
}
