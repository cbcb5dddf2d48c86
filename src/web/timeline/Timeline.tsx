import { useMemo } from 'react';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { setTimeRange, workbench } from '../state/workbench';
import { DAY, histogram, timePoints } from './time-points';

const W = 800;
const H_HIST = 80;
const LANE_H = 18;
const MAX_LANES = 12;

/** A histogram of the chart's and the map's dated events, swim lanes per entity, and a brush that filters both. */
export function Timeline() {
  const t = useT();
  const chart = useStore(workbench, (s) => s.chart);
  const map = useStore(workbench, (s) => s.map);
  const range = useStore(workbench, (s) => s.timeRange);
  const points = useMemo(() => timePoints(chart, map), [chart, map]);
  const { start, counts } = useMemo(() => histogram(points), [points]);
  if (counts.length === 0) return <p className="empty">{t('chartEmpty')}</p>;
  const days = counts.length;
  const max = Math.max(...counts);
  const x = (ms: number) => ((ms - start) / (days * DAY)) * W;
  const [from, to] = range ?? [start, start + days * DAY];
  const dayOf = (ms: number) => Math.round((ms - start) / DAY);
  const lanes = [...new Set(points.map((p) => p.lane))].slice(0, MAX_LANES);
  const day = (d: number) => new Date(start + d * DAY).toISOString().slice(0, 10);
  return (
    <div className="timeline" data-testid="timeline">
      <svg
        viewBox={`0 0 ${W} ${H_HIST + lanes.length * LANE_H}`}
        role="img"
        aria-label={t('timeline')}
        className="timeline-svg"
      >
        <rect x={x(from)} y={0} width={Math.max(1, x(to) - x(from))} height={H_HIST} fill="#e7eef7" />
        {counts.map((c, i) => (
          <rect
            key={i}
            x={(i / days) * W}
            y={H_HIST - (c / max) * H_HIST}
            width={Math.max(1, W / days - 1)}
            height={(c / max) * H_HIST}
            fill="#1f5fa8"
          />
        ))}
        {lanes.map((lane, i) => (
          <g key={lane} transform={`translate(0 ${H_HIST + i * LANE_H})`}>
            <text x={4} y={13} fontSize={11} fill="#1b1f24">
              {lane}
            </text>
            {points
              .filter((p) => p.lane === lane)
              .map((p, j) => (
                <rect key={j} x={x(p.t)} y={3} width={2} height={LANE_H - 6} fill="#b3461b" />
              ))}
          </g>
        ))}
      </svg>
      <fieldset className="row">
        <legend>{t('timeRange')}</legend>
        <input
          type="range"
          aria-label={`${t('timeRange')} ${t('first')}`}
          data-testid="range-from"
          min={0}
          max={days}
          value={dayOf(from)}
          onChange={(e) => setTimeRange([start + Number(e.target.value) * DAY, to])}
        />
        <input
          type="range"
          aria-label={`${t('timeRange')} ${t('last')}`}
          data-testid="range-to"
          min={0}
          max={days}
          value={dayOf(to)}
          onChange={(e) => setTimeRange([from, start + Number(e.target.value) * DAY])}
        />
        <span>
          {day(dayOf(from))} → {day(dayOf(to))}
        </span>
        <button onClick={() => setTimeRange(null)}>{t('clearRange')}</button>
      </fieldset>
    </div>
  );
}
