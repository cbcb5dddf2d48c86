import { useState, type KeyboardEvent, type ReactNode } from 'react';

export interface Column<R> {
  readonly key: string;
  readonly header: string;
  readonly render: (row: R) => ReactNode;
}

const ROW_HEIGHT = 30;
const OVERSCAN = 6;

/**
 * A table that renders only the rows in view, so a result of 100k rows scrolls as one of 100. Rows
 * are focusable; arrow keys move between them and Enter activates the row.
 */
export function VirtualTable<R>(props: {
  rows: readonly R[];
  columns: readonly Column<R>[];
  height?: number;
  label: string;
  testId?: string;
  onActivate?: (row: R) => void;
}) {
  const height = props.height ?? 320;
  const [top, setTop] = useState(0);
  const first = Math.max(0, Math.floor(top / ROW_HEIGHT) - OVERSCAN);
  const count = Math.ceil(height / ROW_HEIGHT) + OVERSCAN * 2;
  const visible = props.rows.slice(first, first + count);
  const onKey = (e: KeyboardEvent<HTMLTableRowElement>, row: R) => {
    if (e.key === 'Enter') props.onActivate?.(row);
    const sibling =
      e.key === 'ArrowDown'
        ? e.currentTarget.nextElementSibling
        : e.key === 'ArrowUp'
          ? e.currentTarget.previousElementSibling
          : null;
    if (sibling instanceof HTMLElement && sibling.tabIndex >= 0) {
      e.preventDefault();
      sibling.focus();
    }
  };
  return (
    <div
      className="vtable"
      style={{ maxHeight: height }}
      onScroll={(e) => setTop(e.currentTarget.scrollTop)}
      data-testid={props.testId}
      data-rows={props.rows.length}
    >
      <table aria-label={props.label} aria-rowcount={props.rows.length + 1}>
        <thead>
          <tr>
            {props.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.header}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          <tr aria-hidden="true" style={{ height: first * ROW_HEIGHT }} />
          {visible.map((row, i) => (
            <tr
              key={first + i}
              tabIndex={0}
              aria-rowindex={first + i + 2}
              onKeyDown={(e) => onKey(e, row)}
              style={{ height: ROW_HEIGHT }}
            >
              {props.columns.map((c) => (
                <td key={c.key}>{c.render(row)}</td>
              ))}
            </tr>
          ))}
          <tr
            aria-hidden="true"
            style={{ height: Math.max(0, (props.rows.length - first - visible.length) * ROW_HEIGHT) }}
          />
        </tbody>
      </table>
    </div>
  );
}
