import { useState } from 'react';
import type { ImportReport, RejectRow } from '../../model/api/index';
import { api } from '../api/endpoints';
import { useFormat, useT } from '../i18n/i18n';
import { VirtualTable } from '../table/VirtualTable';

/** Rows in = imported + rejected, and the rejected rows themselves with row, field and code. */
export function ImportReportView({ caseName, report }: { caseName: string; report: ImportReport }) {
  const t = useT();
  const f = useFormat();
  const [rejects, setRejects] = useState<RejectRow[] | null>(null);
  return (
    <div
      className="report"
      data-testid="import-report"
      data-imported={report.imported}
      data-rejected={report.rejected}
    >
      <h3 className="filename">{report.fileName}</h3>
      <dl className="counts">
        <dt>{t('rowsIn')}</dt>
        <dd>{f.number(report.rowsIn)}</dd>
        <dt>{t('imported')}</dt>
        <dd data-testid="count-imported">{f.number(report.imported)}</dd>
        <dt>{t('rejected')}</dt>
        <dd data-testid="count-rejected">{f.number(report.rejected)}</dd>
      </dl>
      {report.notes.length > 0 && (
        <ul>
          {report.notes.map((n, i) => (
            <li key={i}>{n}</li>
          ))}
        </ul>
      )}
      {report.rejected > 0 && rejects === null && (
        <button
          data-testid="show-rejects"
          onClick={() => void api.rejects(caseName, report.id).then((r) => setRejects(r.rejects))}
        >
          {t('showRejects')}
        </button>
      )}
      {rejects && (
        <VirtualTable
          label={t('showRejects')}
          testId="rejects-table"
          rows={rejects}
          columns={[
            { key: 'row', header: t('row'), render: (r) => r.row },
            { key: 'field', header: t('field'), render: (r) => r.field ?? '' },
            { key: 'code', header: t('code'), render: (r) => <code>{r.code}</code> },
            { key: 'raw', header: t('raw'), render: (r) => <span className="raw">{r.raw}</span> },
          ]}
        />
      )}
    </div>
  );
}
