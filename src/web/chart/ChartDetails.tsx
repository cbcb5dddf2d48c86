import { useFormat, useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { openProfile, select, workbench } from '../state/workbench';

function CloseButton() {
  return (
    <button className="close" data-testid="close-details" aria-label="×" onClick={() => select(null)}>
      ×
    </button>
  );
}

/** What is selected on the chart, with the counts of an edge and the rows it was read from. */
export function ChartDetails({ onExpand }: { onExpand: (id: string, label: string) => void }) {
  const t = useT();
  const f = useFormat();
  const selection = useStore(workbench, (s) => s.selection);
  const chart = useStore(workbench, (s) => s.chart);
  if (!selection) return null;
  if (selection.kind === 'node') {
    const n = chart.nodes.get(selection.id);
    if (!n) return null;
    return (
      <aside
        className="details"
        aria-label={t('selection')}
        data-testid="chart-details"
        onKeyDown={(e) => e.key === 'Escape' && select(null)}
      >
        <CloseButton />
        <h3 className="entity-label">{n.label}</h3>
        <p>
          {t('kind')}: {n.kind}
        </p>
        <div className="row">
          <button data-testid="details-profile" onClick={() => openProfile(n.id, n.key ?? n.label)}>
            {t('openProfile')}
          </button>
          <button data-testid="expand" onClick={() => onExpand(n.id, n.key ?? n.label)}>
            {t('expand')}
          </button>
        </div>
      </aside>
    );
  }
  const e = chart.edges.get(selection.id);
  if (!e) return null;
  const label = (id: string) => chart.nodes.get(id)?.label ?? id;
  return (
    <aside
      className="details"
      aria-label={t('selection')}
      data-testid="chart-details"
      onKeyDown={(e) => e.key === 'Escape' && select(null)}
    >
      <CloseButton />
      <h3>
        <span className="entity-label">{label(e.source)}</span> →{' '}
        <span className="entity-label">{label(e.target)}</span>
      </h3>
      <dl>
        <dt>{t('kind')}</dt>
        <dd>{e.kind}</dd>
        <dt>{t('events')}</dt>
        <dd>{f.number(e.count)}</dd>
        <dt>{t('duration')}</dt>
        <dd>{f.number(Math.round(e.durationS / 60))} min</dd>
        {e.firstAt && (
          <>
            <dt>{t('first')}</dt>
            <dd>{f.time(e.firstAt)}</dd>
          </>
        )}
        {e.lastAt && (
          <>
            <dt>{t('last')}</dt>
            <dd>{f.time(e.lastAt)}</dd>
          </>
        )}
      </dl>
      {e.sources && e.sources.length > 0 && (
        <>
          <h4>{t('provenance')}</h4>
          <ul className="sources">
            {e.sources.map((s) => (
              <li key={s}>
                <code>{s}</code>
              </li>
            ))}
          </ul>
        </>
      )}
    </aside>
  );
}
