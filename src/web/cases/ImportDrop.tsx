import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { ImporterList, ImportReport, Upload } from '../../model/api/index';
import { api } from '../api/endpoints';
import { uploadFile } from '../api/upload';
import { ErrorNote } from '../app/ErrorNote';
import { useFormat, useT } from '../i18n/i18n';
import { ImportReportView } from './ImportReportView';
import { LayoutEditor, type LayoutChoice } from './LayoutEditor';
import { dumpOptions, EMPTY_DUMP_REQUEST, TowerDumpFields, type DumpRequest } from './TowerDumpFields';

/** Importer kinds whose files have a layout the page shows and lets the user correct. */
const LAYOUT_KINDS = new Set(['cdr', 'towerdump']);

type Step =
  | { kind: 'uploading'; file: string; sent: number; total: number }
  | { kind: 'ready'; upload: Upload; importKind: string; layout: LayoutChoice; dump: DumpRequest }
  | { kind: 'importing'; upload: Upload; done: number }
  | { kind: 'done'; report: ImportReport; isAlready: boolean }
  | { kind: 'failed'; error: unknown };

const POLL_MS = 250;

/** One file's way in: upload with progress, the detected kind to confirm or correct, import with progress, report. */
function FileImport({
  caseName,
  file,
  importers,
}: {
  caseName: string;
  file: File;
  importers: ImporterList['importers'];
}) {
  const t = useT();
  const f = useFormat();
  const [step, setStep] = useState<Step>({ kind: 'uploading', file: file.name, sent: 0, total: file.size });
  const started = useRef(false);
  useEffect(() => {
    if (started.current) return;
    started.current = true;
    uploadFile(caseName, file, (sent, total) =>
      setStep({ kind: 'uploading', file: file.name, sent, total }),
    ).then(
      (upload) =>
        setStep({
          kind: 'ready',
          upload,
          importKind: upload.detectedKind ?? importers[0]?.kind ?? '',
          layout: {},
          dump: EMPTY_DUMP_REQUEST,
        }),
      (error: unknown) => setStep({ kind: 'failed', error }),
    );
  }, [caseName, file, importers]);

  const runImport = async (upload: Upload, kind: string, layout: LayoutChoice, dump: DumpRequest) => {
    try {
      setStep({ kind: 'importing', upload, done: 0 });
      const options = {
        ...(LAYOUT_KINDS.has(kind) && layout.profile ? { profile: layout.profile } : {}),
        ...(kind === 'towerdump' ? dumpOptions(dump) : {}),
      };
      let job = await api.startImport(caseName, { uploadId: upload.uploadId, kind, options });
      while (job.state === 'running') {
        await new Promise((r) => setTimeout(r, POLL_MS));
        job = await api.job(caseName, job.jobId);
        setStep({ kind: 'importing', upload, done: job.done });
      }
      if (job.state === 'failed' || !job.importId)
        throw Object.assign(new Error('import'), { code: job.error?.code });
      const report = await api.importReport(caseName, job.importId);
      setStep({ kind: 'done', report, isAlready: job.status === 'already-imported' });
    } catch (error) {
      setStep({ kind: 'failed', error });
    }
  };

  switch (step.kind) {
    case 'uploading':
      return (
        <div className="file-step">
          <span className="filename">{step.file}</span> {t('uploading')}{' '}
          <progress max={step.total || 1} value={step.sent} aria-label={t('uploading')} />
        </div>
      );
    case 'ready':
      return (
        <div className="file-step" data-testid="upload-ready" data-detected={step.upload.detectedKind ?? ''}>
          <span className="filename">{step.upload.fileName}</span>{' '}
          <span>
            {t('detectedKind')}: <strong>{step.upload.detectedKind ?? '—'}</strong>
          </span>
          {step.upload.preview.length > 0 && (
            <pre className="preview" aria-label={t('preview')}>
              {step.upload.preview.join('\n')}
            </pre>
          )}
          <label>
            {t('importKind')}{' '}
            <select
              data-testid="import-kind"
              value={step.importKind}
              onChange={(e) => setStep({ ...step, importKind: e.target.value })}
            >
              {importers.map((i) => (
                <option key={i.kind} value={i.kind}>
                  {i.kind}
                </option>
              ))}
            </select>
          </label>{' '}
          {LAYOUT_KINDS.has(step.importKind) && (
            <LayoutEditor
              caseName={caseName}
              uploadId={step.upload.uploadId}
              onChoice={(layout) => setStep((s) => (s.kind === 'ready' ? { ...s, layout } : s))}
            />
          )}
          {step.importKind === 'towerdump' && (
            <TowerDumpFields
              value={step.dump}
              onChange={(dump) => setStep((s) => (s.kind === 'ready' ? { ...s, dump } : s))}
            />
          )}
          <button
            data-testid="start-import"
            data-profile={step.layout.profile ?? ''}
            onClick={() => void runImport(step.upload, step.importKind, step.layout, step.dump)}
          >
            {t('startImport')}
          </button>
        </div>
      );
    case 'importing':
      return (
        <div className="file-step" aria-live="polite">
          <span className="filename">{step.upload.fileName}</span> {t('importing')}… {f.number(step.done)}{' '}
          {t('rowsRead')}
          <progress aria-label={t('importing')} />
        </div>
      );
    case 'done':
      return (
        <div className="file-step">
          {step.isAlready && <p>{t('alreadyImported')}</p>}
          <ImportReportView caseName={caseName} report={step.report} />
        </div>
      );
    case 'failed':
      return <ErrorNote error={step.error} />;
    default: {
      const never: never = step;
      return never;
    }
  }
}

/** Drop zone and file picker; each file gets its own import. */
export function ImportDrop({ caseName }: { caseName: string }) {
  const t = useT();
  const [files, setFiles] = useState<File[]>([]);
  const [importers, setImporters] = useState<ImporterList['importers']>([]);
  const [isOver, setOver] = useState(false);
  useEffect(() => {
    void api.importers().then((r) => setImporters(r.importers));
  }, []);
  const onDrop = (e: DragEvent) => {
    e.preventDefault();
    setOver(false);
    setFiles((fs) => [...fs, ...Array.from(e.dataTransfer.files)]);
  };
  return (
    <div className="stack">
      <div
        className={`dropzone${isOver ? ' over' : ''}`}
        data-testid="dropzone"
        onDragOver={(e) => {
          e.preventDefault();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <label>
          {t('dropFiles')}
          <input
            type="file"
            multiple
            data-testid="file-input"
            onChange={(e) => setFiles((fs) => [...fs, ...Array.from(e.target.files ?? [])])}
          />
        </label>
      </div>
      {importers.length > 0 &&
        files.map((file, i) => (
          <FileImport key={`${file.name}-${i}`} caseName={caseName} file={file} importers={importers} />
        ))}
    </div>
  );
}
