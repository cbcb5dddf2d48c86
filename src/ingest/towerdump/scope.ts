import type { ImportInput } from '../contract.js';
import { dataRecords } from '../cdr/data-records.js';
import { makeNormalisers } from '../cdr/normalisers.js';
import type { PreparedFile } from '../cdr/prepare.js';
import { mapRow } from '../cdr/row-mapper.js';

/** What a tower-dump request asked for: canonical cell keys and an inclusive UTC window. */
export interface DumpScope {
  readonly cells: ReadonlySet<string>;
  readonly fromMs: number;
  readonly toMs: number;
}

/** Imported rows the request did not ask for, by reason, with the first few line numbers of each. */
export interface ScopeCounts {
  outsideWindow: number;
  outsideCells: number;
  noCell: number;
  lines: { outsideWindow: number[]; outsideCells: number[]; noCell: number[] };
}

const LINES_SHOWN = 5;

/**
 * Counts the rows that become events but fall outside the request. It runs the row path's own rules
 * (mapRow, the reference the bulk path is held to), so rejected rows are never counted here: they are
 * already in the reject log. The window is inclusive at both ends and the cell is the start cell, exactly
 * as the comms analyses read a scene.
 */
export async function countOutOfScope(
  input: ImportInput,
  prep: PreparedFile,
  scope: DumpScope,
): Promise<ScopeCounts> {
  const s = prep.settings;
  const norm = makeNormalisers({
    cell: s.cell,
    ...(s.region === undefined ? {} : { region: s.region }),
    ...(s.zone === undefined ? {} : { zone: s.zone }),
  });
  const counts: ScopeCounts = {
    outsideWindow: 0,
    outsideCells: 0,
    noCell: 0,
    lines: { outsideWindow: [], outsideCells: [], noCell: [] },
  };
  const note = (reason: keyof ScopeCounts['lines'], line: number): void => {
    counts[reason] += 1;
    if (counts.lines[reason].length < LINES_SHOWN) counts.lines[reason].push(line);
  };
  for await (const r of dataRecords(input, prep).records) {
    const out = mapRow(r.fields, r.line, s, norm);
    if (out.kind !== 'event') continue;
    const t = out.event.startUtcMs;
    const cell = out.event.sightings?.[0]?.cell;
    if (t < scope.fromMs || t > scope.toMs) note('outsideWindow', r.line);
    else if (cell === undefined) note('noCell', r.line);
    else if (!scope.cells.has(cell)) note('outsideCells', r.line);
  }
  return counts;
}

/** The report notes for out-of-scope rows; none when every imported row is inside the request. */
export function scopeNotes(c: ScopeCounts): string[] {
  const at = (lines: readonly number[], n: number): string =>
    ` (line${lines.length > 1 ? 's' : ''} ${lines.join(', ')}${n > lines.length ? ', …' : ''})`;
  const rows = (n: number): string => `${n} row${n === 1 ? '' : 's'}`;
  const out: string[] = [];
  if (c.outsideWindow > 0)
    out.push(
      `TOWERDUMP_OUT_OF_WINDOW: ${rows(c.outsideWindow)} start outside the requested window${at(c.lines.outsideWindow, c.outsideWindow)}: imported, not in the scene`,
    );
  if (c.outsideCells > 0)
    out.push(
      `TOWERDUMP_OUT_OF_CELLS: ${rows(c.outsideCells)} in the window on a cell not requested${at(c.lines.outsideCells, c.outsideCells)}: imported, not in the scene`,
    );
  if (c.noCell > 0)
    out.push(
      `TOWERDUMP_NO_CELL: ${rows(c.noCell)} in the window with no readable cell${at(c.lines.noCell, c.noCell)}: imported, not in the scene`,
    );
  return out;
}
