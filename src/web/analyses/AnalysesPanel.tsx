import { useEffect, useState } from 'react';
import type { AnalysisInfo, AnalysisResult } from '../../model/api/index';
import { api } from '../api/endpoints';
import { ErrorNote } from '../app/ErrorNote';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { workbench } from '../state/workbench';
import { ResultsView } from './ResultsView';
import { SchemaForm } from './SchemaForm';

/** Pick an analysis, fill its form, read its table, send it to the chart or the map. */
export function AnalysesPanel() {
  const t = useT();
  const caseName = useStore(workbench, (s) => s.caseName);
  const [analyses, setAnalyses] = useState<AnalysisInfo[]>([]);
  const [current, setCurrent] = useState<string>('');
  const [result, setResult] = useState<AnalysisResult | null>(null);
  const [error, setError] = useState<unknown>(null);
  const [isBusy, setBusy] = useState(false);
  useEffect(() => {
    void api.analyses().then((r) => {
      setAnalyses(r.analyses);
      setCurrent((c) => c || (r.analyses[0]?.id ?? ''));
    });
  }, []);
  if (!caseName) return <p>{t('noCase')}</p>;
  const info = analyses.find((a) => a.id === current);
  const run = async (input: Record<string, unknown>) => {
    setError(null);
    setResult(null);
    setBusy(true);
    try {
      setResult(await api.runAnalysis(caseName, current, input));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };
  return (
    <div className="stack">
      <label>
        {t('analysis')}{' '}
        <select
          data-testid="analysis-select"
          value={current}
          onChange={(e) => {
            setCurrent(e.target.value);
            setResult(null);
          }}
        >
          {analyses.map((a) => (
            <option key={a.id} value={a.id}>
              {a.id}
            </option>
          ))}
        </select>
      </label>
      {info && (
        <SchemaForm
          key={info.id}
          schema={info.inputs}
          idPrefix={`form-${info.id}`}
          submitLabel={t('run')}
          onSubmit={(i) => void run(i)}
        />
      )}
      {isBusy && <p aria-live="polite">{t('loading')}</p>}
      <ErrorNote error={error} />
      {result && <ResultsView result={result} />}
    </div>
  );
}
