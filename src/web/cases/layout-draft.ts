import type { CdrRole, LayoutProfile } from '../../model/api/index';

/** The role a draft gives the column at `index` (named by its header text or by its position). */
export function roleOf(draft: LayoutProfile, headers: readonly string[], index: number): CdrRole | '' {
  for (const [role, c] of Object.entries(draft.columns) as [CdrRole, string | number][]) {
    if (c === index || (typeof c === 'string' && c === headers[index])) return role;
  }
  return '';
}

/**
 * Gives the column at `index` a role (or none). A role names one column, so it leaves any other column;
 * the column is named by its header text unless that text is blank or repeated, then by its position.
 */
export function withRole(
  draft: LayoutProfile,
  headers: readonly string[],
  index: number,
  role: CdrRole | '',
): LayoutProfile {
  const columns: LayoutProfile['columns'] = {};
  const old = roleOf(draft, headers, index);
  for (const [r, c] of Object.entries(draft.columns) as [CdrRole, string | number][]) {
    if (r !== old && r !== role) columns[r] = c;
  }
  const header = headers[index] ?? '';
  const isUnique = header.trim() !== '' && headers.filter((h) => h === header).length === 1;
  if (role !== '') columns[role] = isUnique ? header : index;
  return { ...draft, columns };
}
