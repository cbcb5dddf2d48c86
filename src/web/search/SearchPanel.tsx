import { useState } from 'react';
import type { SearchHit } from '../../model/api/index';
import { api } from '../api/endpoints';
import { ErrorNote } from '../app/ErrorNote';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { addToChart, openProfile, workbench } from '../state/workbench';
import { VirtualTable } from '../table/VirtualTable';

/** Selectors and names with tolerant matching; each hit opens a profile or goes to the chart. */
export function SearchPanel() {
  const t = useT();
  const caseName = useStore(workbench, (s) => s.caseName);
  const [text, setText] = useState('');
  const [hits, setHits] = useState<SearchHit[] | null>(null);
  const [error, setError] = useState<unknown>(null);
  if (!caseName) return <p>{t('noCase')}</p>;
  const run = async () => {
    setError(null);
    try {
      setHits((await api.search(caseName, text)).hits);
    } catch (e) {
      setError(e);
    }
  };
  const label = (h: SearchHit) => h.key ?? h.label;
  return (
    <div className="stack">
      <form
        role="search"
        className="row"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <input
          data-testid="search-input"
          value={text}
          onChange={(e) => setText(e.target.value)}
          placeholder={t('searchPlaceholder')}
          aria-label={t('search')}
        />
        <button type="submit">{t('search')}</button>
      </form>
      <ErrorNote error={error} />
      {hits && hits.length === 0 && <p>{t('noResults')}</p>}
      {hits && hits.length > 0 && (
        <VirtualTable
          label={t('search')}
          testId="search-results"
          rows={hits}
          onActivate={(h) => openProfile(h.id, label(h))}
          columns={[
            { key: 'kind', header: t('kind'), render: (h) => h.kind },
            {
              key: 'label',
              header: t('label'),
              render: (h) => <span className="entity-label">{h.label}</span>,
            },
            { key: 'matched', header: t('matched'), render: (h) => `${h.matched}: ${h.matchedText}` },
            {
              key: 'actions',
              header: '',
              render: (h) => (
                <span className="row">
                  <button onClick={() => openProfile(h.id, label(h))}>{t('openProfile')}</button>
                  <button
                    onClick={() =>
                      addToChart({
                        nodes: [{ id: h.id, kind: h.kind, label: h.label, key: h.key }],
                        edges: [],
                      })
                    }
                  >
                    {t('addToChart')}
                  </button>
                </span>
              ),
            },
          ]}
        />
      )}
    </div>
  );
}
