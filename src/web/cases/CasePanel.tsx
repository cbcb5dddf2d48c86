import { useState } from 'react';
import { api } from '../api/endpoints';
import { ErrorNote } from '../app/ErrorNote';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { casesChanged, setCase, workbench } from '../state/workbench';
import { ImportDrop } from './ImportDrop';
import { ImportList } from './ImportList';

/** Open a case, drop files into it, read the reports of its imports. */
export function CasePanel() {
  const t = useT();
  const caseName = useStore(workbench, (s) => s.caseName);
  const [name, setName] = useState('');
  const [error, setError] = useState<unknown>(null);
  const create = async () => {
    setError(null);
    try {
      const c = await api.createCase({ name });
      casesChanged();
      setCase(c.name);
      setName('');
    } catch (e) {
      setError(e);
    }
  };
  return (
    <div className="stack">
      <form
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void create();
        }}
      >
        <label>
          {t('newCase')}{' '}
          <input
            data-testid="new-case-name"
            value={name}
            onChange={(e) => setName(e.target.value)}
            aria-label={t('caseName')}
          />
        </label>
        <button type="submit">{t('create')}</button>
      </form>
      <ErrorNote error={error} />
      {caseName && <ImportDrop caseName={caseName} />}
      {caseName && <ImportList caseName={caseName} />}
    </div>
  );
}
