import type { ResultColumn, ResultRow } from '../../model/api/index.js';

const ENTITY_ID = /^(per|org|phn|dev|sim|acc|doc|veh|loc|cel)_[0-9a-f]{24}$/u;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/u;
const MAX_JOINED = 12;

type Scalar = string | number | boolean | null;

/** A value as one table cell: scalars as they are, short scalar lists joined, structures by their size. */
function cellOf(v: unknown): Scalar | undefined {
  if (v === null || typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean') return v;
  if (Array.isArray(v)) {
    const isScalars = v.every((x) => typeof x === 'string' || typeof x === 'number');
    return isScalars && v.length <= MAX_JOINED ? v.join(', ') : v.length;
  }
  return undefined;
}

function kindOf(key: string, values: readonly Scalar[]): ResultColumn['kind'] {
  if (/durationS$|_s$/u.test(key)) return 'duration';
  const present = values.filter((v) => v !== null);
  if (present.length > 0 && present.every((v) => typeof v === 'number')) return 'number';
  if (present.length > 0 && present.every((v) => typeof v === 'string' && ENTITY_ID.test(v))) return 'entity';
  if (present.length > 0 && present.every((v) => typeof v === 'string' && INSTANT.test(v))) return 'time';
  return 'text';
}

/**
 * Any analysis's rows as a flat table, so every analysis gets a results table without a renderer of its
 * own. Column kinds come from the values: entity ids link to profiles and can go to the chart.
 */
export function tableOf(rows: readonly unknown[]): { columns: ResultColumn[]; rows: ResultRow[] } {
  const keys: string[] = [];
  const out: ResultRow[] = rows.map((row) => {
    const flat: ResultRow = {};
    for (const [k, v] of Object.entries((row ?? {}) as Record<string, unknown>)) {
      const c = cellOf(v);
      if (c === undefined) continue;
      if (!keys.includes(k)) keys.push(k);
      flat[k] = c;
    }
    return flat;
  });
  const columns = keys.map((key) => ({
    key,
    kind: kindOf(
      key,
      out.map((r) => r[key] ?? null),
    ),
  }));
  return { columns, rows: out };
}
