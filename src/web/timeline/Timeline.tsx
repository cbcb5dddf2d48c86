import { useMemo } from 'react';
import { useT } from '../i18n/i18n';
import { useStore } from '../state/store';
import { setTimeRange, workbench } from '../state/workbench';
import { DAY, histogram, timePoints, type TimePoint } from './time-points';
import { useBrush } from './use-brush';

const W = 800;
const H_HIST = 80;
const LANE_H = 18;
const MAX_LANES = 12;

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const isoMinute = (ms: number) => new Date(ms).toISOString().slice(0, 16).replace('T', ' ');

/** Swim lanes: one row per entity (selector), a tick per event, ticks outside the range dimmed. */
function SwimLanes(props: {
  points: readonly TimePoint[];
  x: (ms: number) => number;
  isIn: (ms: number) => boolean;
}) {
  const byLane = new Map<string, number[]>();
  for (const p of props.points) byLane.set(p.lane, [...(byLane.get(p.lane) ?? []), p.t]);
  return (
    <>
      {[...byLane].slice(0, MAX_LANES).map(([lane, ts], i) => (
        <g key={lane} transform={`translate(0 ${H_HIST + i * LANE_H})`} data-testid="swim-lane">
          <line x1={0} x2={W} y1={LANE_H} y2={LANE_H} stroke="#e3e7ec" />
          {ts.map((t, j) => (
            <rect
              key={j}
              x={props.x(t)}
              y={3}
              width={2}
              height={LANE_H - 6}
              fill="#b3461b"
              opacity={props.isIn(t) ? 1 : 0.25}
            />
          ))}
          <text x={4} y={13} fontSize={11} fill="#1b1f24" className="lane-label">
            {lane}
          </text>
        </g>
      ))}
    </>
  );
}

/** A histogram of the chart's and the map's dated events, swim lanes per entity, and a brush that filters both. */
export function Timeline() {
  const t = useT();
  const chart = useStore(workbench, (s) => s.chart);
  const map = useStore(workbench, (s) => s.map);
  const range = useStore(workbench, (s) => s.timeRange);
  const points = useMemo(() => timePoints(chart, map), [chart, map]);
  const { start, counts } = useMemo(() => histogram(points), [points]);
  const days = counts.length;
  const end = start + days * DAY;
  const brush = useBrush(start, end, setTimeRange);
  if (days === 0) return <p className="empty">{t('chartEmpty')}</p>;
  const max = Math.max(...counts);
  const x = (ms: number) => ((ms - start) / (end - start)) * W;
  const [from, to] = range ?? [start, end];
  const isIn = (ms: number) => ms >= from && ms <= to;
  const dayOf = (ms: number) => Math.min(days, Math.max(0, Math.round((ms - start) / DAY)));
  const lanes = new Set(points.map((p) => p.lane)).size;
  const shown = brush.draft ?? (range ? [from, to] : null);
  return (
    <div
      className="timeline"
      data-testid="timeline"
      data-span-from={start}
      data-span-to={end}
      data-range-from={range?.[0] ?? ''}
      data-range-to={range?.[1] ?? ''}
    >
      <p className="muted">{t('brushHint')}</p>
      <svg
        viewBox={`0 0 ${W} ${H_HIST + Math.min(lanes, MAX_LANES) * LANE_H}`}
        aria-label={t('timeline')}
        role="img"
        className="timeline-svg"
        data-testid="timeline-brush"
        {...brush.handlers}
      >
        {counts.map((c, i) => (
          <rect
            key={i}
            x={(i / days) * W}
            y={H_HIST - (c / max) * H_HIST}
            width={Math.max(1, W / days - 1)}
            height={(c / max) * H_HIST}
            fill="#1f5fa8"
            opacity={!range || isIn(start + (i + 0.5) * DAY) ? 1 : 0.3}
          />
        ))}
        <SwimLanes points={points} x={x} isIn={isIn} />
        {shown && (
          <rect
            className="brush-selection"
            data-testid="brush-selection"
            x={x(shown[0])}
            y={0}
            width={Math.max(1, x(shown[1]) - x(shown[0]))}
            height={H_HIST}
          />
        )}
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
        <output data-testid="range-text">
          {range ? `${isoMinute(from)} → ${isoMinute(to)}` : `${isoDay(start)} → ${isoDay(end - 1)}`}
        </output>
        <button data-testid="range-clear" disabled={!range} onClick={() => setTimeRange(null)}>
          {t('clearRange')}
        </button>
      </fieldset>
    </div>
  );
}
