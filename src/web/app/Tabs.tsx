import { useRef, type KeyboardEvent } from 'react';

export interface TabDef<T extends string> {
  readonly id: T;
  readonly label: string;
}

/** An ARIA tab list: arrow keys move between tabs (mirrored in right-to-left pages), Enter or click selects. */
export function Tabs<T extends string>(props: {
  tabs: readonly TabDef<T>[];
  current: T;
  onSelect: (id: T) => void;
  label: string;
  idPrefix: string;
}) {
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const onKey = (e: KeyboardEvent, i: number) => {
    const isRtl = document.documentElement.dir === 'rtl';
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = (i + (isRtl ? -step : step) + props.tabs.length) % props.tabs.length;
    const tab = props.tabs[next];
    if (!tab) return;
    props.onSelect(tab.id);
    refs.current[next]?.focus();
  };
  return (
    <div role="tablist" aria-label={props.label} className="tabs">
      {props.tabs.map((t, i) => (
        <button
          key={t.id}
          ref={(el) => {
            refs.current[i] = el;
          }}
          role="tab"
          id={`${props.idPrefix}-${t.id}`}
          data-testid={`tab-${t.id}`}
          aria-selected={t.id === props.current}
          aria-controls={`${props.idPrefix}-panel`}
          tabIndex={t.id === props.current ? 0 : -1}
          onClick={() => props.onSelect(t.id)}
          onKeyDown={(e) => onKey(e, i)}
        >
          {t.label}
        </button>
      ))}
    </div>
  );
}
