import { useT } from '../i18n/i18n';

/** The request a tower dump answers: its cells and window (ISO 8601 with offset), and a scene label. */
export interface DumpRequest {
  readonly cells: string;
  readonly from: string;
  readonly to: string;
  readonly label: string;
}

export const EMPTY_DUMP_REQUEST: DumpRequest = { cells: '', from: '', to: '', label: '' };

/** The importer's options for a request; the server checks them (TOWERDUMP_BAD_CELL, _BAD_WINDOW…). */
export function dumpOptions(r: DumpRequest): Record<string, unknown> {
  const cells = r.cells
    .split(/[\s,;]+/u)
    .map((c) => c.trim())
    .filter((c) => c !== '');
  return {
    cells,
    from: r.from.trim(),
    to: r.to.trim(),
    ...(r.label.trim() ? { label: r.label.trim() } : {}),
  };
}

/** Cells, window and label of a tower-dump request, asked before its import. */
export function TowerDumpFields({
  value,
  onChange,
}: {
  value: DumpRequest;
  onChange: (r: DumpRequest) => void;
}) {
  const t = useT();
  const field = (key: keyof DumpRequest, label: string, placeholder: string) => (
    <label>
      {label}{' '}
      <input
        data-testid={`dump-${key}`}
        value={value[key]}
        placeholder={placeholder}
        onChange={(e) => onChange({ ...value, [key]: e.target.value })}
      />
    </label>
  );
  return (
    <fieldset className="row" data-testid="dump-request">
      <legend>{t('dumpRequest')}</legend>
      {field('cells', t('dumpCells'), '208-01-1000-20000, …')}
      {field('from', t('dumpFrom'), '2026-01-05T09:00:00Z')}
      {field('to', t('dumpTo'), '2026-01-05T11:00:00Z')}
      {field('label', t('label'), '')}
    </fieldset>
  );
}
