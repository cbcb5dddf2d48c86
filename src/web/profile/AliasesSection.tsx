import { useEffect, useState } from 'react';
import type { AliasRow } from '../../model/api/index';
import { api } from '../api/endpoints';
import { useT } from '../i18n/i18n';

/** How the entity is saved in seized phones: "saved as … in the phone of …", with the source row. */
export function AliasesSection({ caseName, selector }: { caseName: string; selector: string }) {
  const t = useT();
  const [aliases, setAliases] = useState<AliasRow[] | null>(null);
  useEffect(() => {
    void api.aliases(caseName, selector).then(
      (r) => setAliases(r.aliases),
      () => setAliases([]),
    );
  }, [caseName, selector]);
  return (
    <section className="profile-section" aria-label={t('aliases')}>
      <h3>{t('aliases')}</h3>
      {aliases && aliases.length === 0 && <p>{t('noResults')}</p>}
      <ul data-testid="aliases">
        {(aliases ?? []).map((a, i) => (
          <li key={i}>
            {t('savedAs', { name: a.name, holder: a.holderLabel ?? a.holder ?? '?' })}{' '}
            <small className="muted">
              ({a.fileName}, {t('row')} {a.row})
            </small>
          </li>
        ))}
      </ul>
    </section>
  );
}
