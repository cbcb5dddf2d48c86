import { useEffect, useState } from 'react';
import type { AnalysisResult } from '../../model/api/index';
import { api } from '../api/endpoints';
import { ApiFailure } from '../api/client';
import { ResultsView } from '../analyses/ResultsView';
import { useT } from '../i18n/i18n';

/** One profile section: an analysis run for this entity, shown as its results with chart and map buttons. */
export function AnalysisSection(props: {
  caseName: string;
  analysisId: string;
  input: Record<string, unknown>;
  title: string;
  available: boolean;
}) {
  const t = useT();
  const [result, setResult] = useState<AnalysisResult | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const inputKey = JSON.stringify(props.input);
  useEffect(() => {
    if (!props.available) return;
    setResult(null);
    setFailure(null);
    api
      .runAnalysis(props.caseName, props.analysisId, JSON.parse(inputKey) as Record<string, unknown>)
      .then(setResult, (e: unknown) => setFailure(e instanceof ApiFailure ? e.code : 'CLIENT'));
  }, [props.caseName, props.analysisId, props.available, inputKey]);
  return (
    <section className="profile-section" aria-label={props.title}>
      <h3>{props.title}</h3>
      {!props.available && <p>{t('notAvailable')}</p>}
      {failure && (
        <p className="muted" data-code={failure}>
          {t('errorCode', { code: failure })}
        </p>
      )}
      {props.available && !result && !failure && <p>{t('loading')}</p>}
      {result && <ResultsView result={result} testId={`profile-${props.analysisId}`} />}
    </section>
  );
}
