import { useEffect, useState } from 'react';
import type { ImportReport } from '../../model/api/index';
import { api } from '../api/endpoints';
import { useT } from '../i18n/i18n';
import { ImportReportView } from './ImportReportView';

/** The case's imports, newest last, each with its report. */
export function ImportList({ caseName, refresh = 0 }: { caseName: string; refresh?: number }) {
  const t = useT();
  const [imports, setImports] = useState<ImportReport[]>([]);
  useEffect(() => {
    void api.imports(caseName).then(
      (r) => setImports(r.imports),
      () => setImports([]),
    );
  }, [caseName, refresh]);
  if (imports.length === 0) return null;
  return (
    <details>
      <summary>
        {t('imports')} ({imports.length})
      </summary>
      {imports.map((r) => (
        <ImportReportView key={r.id} caseName={caseName} report={r} />
      ))}
    </details>
  );
}
