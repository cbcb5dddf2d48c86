import type { AnalysisResult, ResultRow } from '../../model/api/index';
import { useFormat, useT } from '../i18n/i18n';
import { addToChart, addToMap, openProfile } from '../state/workbench';
import { VirtualTable, type Column } from '../table/VirtualTable';

/** Any analysis's result: a virtualised table, and buttons that put its graph on the chart and its places on the map. */
export function ResultsView({ result, testId = 'results' }: { result: AnalysisResult; testId?: string }) {
  const t = useT();
  const f = useFormat();
  const labelOf = new Map((result.graph?.nodes ?? []).map((n) => [n.id, n.label]));
  const columns: Column<ResultRow>[] = result.columns.map((c) => ({
    key: c.key,
    header: c.key,
    render: (row) => {
      const v = row[c.key];
      if (v === null || v === undefined) return '';
      switch (c.kind) {
        case 'entity': {
          const id = String(v);
          const label = labelOf.get(id) ?? id;
          return (
            <button
              className="link entity-label"
              onClick={() => openProfile(id, label)}
              title={t('openProfile')}
            >
              {label}
            </button>
          );
        }
        case 'number':
          return typeof v === 'number' ? f.number(v) : String(v);
        case 'time':
          return typeof v === 'string' ? f.time(v) : String(v);
        case 'duration':
          return typeof v === 'number' ? `${f.number(Math.round(v / 60))} min` : String(v);
        case 'text':
          return String(v);
        default: {
          const never: never = c.kind;
          return never;
        }
      }
    },
  }));
  return (
    <div className="stack" data-testid={testId} data-rows={result.rows.length}>
      <div className="row">
        {result.graph && (
          <button data-testid={`${testId}-to-chart`} onClick={() => result.graph && addToChart(result.graph)}>
            {t('addAllToChart')}
          </button>
        )}
        {result.map && (result.map.trail.length > 0 || result.map.places.length > 0) && (
          <button data-testid={`${testId}-to-map`} onClick={() => result.map && addToMap(result.map)}>
            {t('showOnMap')}
          </button>
        )}
      </div>
      {result.rows.length === 0 ? (
        <p>{t('noResults')}</p>
      ) : (
        <VirtualTable label={t('results')} rows={result.rows} columns={columns} />
      )}
    </div>
  );
}
